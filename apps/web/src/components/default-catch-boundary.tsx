import { buttonVariants } from '@kit/ui/button-variants';
import { type ErrorComponentProps, Link, useRouter } from '@tanstack/react-router';
import { m } from '~/paraglide/messages';

export function DefaultCatchBoundary({ error }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <div role="alert" className="mx-auto max-w-md space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{m.error_title()}</h1>
      <p className="text-muted-foreground">
        {error instanceof Error && error.message ? error.message : m.error_unexpected()}
      </p>
      <div className="flex justify-center gap-2">
        <button type="button" className={buttonVariants()} onClick={() => router.invalidate()}>
          {m.error_try_again()}
        </button>
        <Link to="/" className={buttonVariants({ variant: 'outline' })}>
          {m.error_home()}
        </Link>
      </div>
    </div>
  );
}
