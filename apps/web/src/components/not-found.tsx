import { buttonVariants } from '@kit/ui/button-variants';
import { Link } from '@tanstack/react-router';
import { m } from '~/paraglide/messages';

export function NotFound() {
  return (
    <div className="mx-auto max-w-md space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{m.not_found_title()}</h1>
      <p className="text-muted-foreground">{m.not_found_text()}</p>
      <Link to="/" className={buttonVariants()}>
        {m.not_found_home()}
      </Link>
    </div>
  );
}
