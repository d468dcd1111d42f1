import { Button } from '@kit/ui/button';
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
        <Button onClick={() => router.invalidate()}>Try again</Button>
        <Button asChild variant="outline">
          <Link to="/">Home</Link>
        </Button>
      </div>
    </div>
  );
}
