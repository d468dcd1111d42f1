import { buttonVariants } from '@kit/ui/button-variants';
import { type ErrorComponentProps, Link, useRouter } from '@tanstack/react-router';

export function DefaultCatchBoundary({ error }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <div role="alert" className="mx-auto max-w-md space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-muted-foreground">
        {error instanceof Error && error.message ? error.message : 'An unexpected error happened.'}
      </p>
      <div className="flex justify-center gap-2">
        <button type="button" className={buttonVariants()} onClick={() => router.invalidate()}>
          Try again
        </button>
        <Link to="/" className={buttonVariants({ variant: 'outline' })}>
          Home
        </Link>
      </div>
    </div>
  );
}
