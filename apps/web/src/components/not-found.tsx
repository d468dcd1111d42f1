import { buttonVariants } from '@kit/ui/button-variants';
import { Link } from '@tanstack/react-router';

export function NotFound() {
  return (
    <div className="mx-auto max-w-md space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted-foreground">The page you asked for does not exist or you cannot see it.</p>
      <Link to="/" className={buttonVariants()}>
        Back home
      </Link>
    </div>
  );
}
