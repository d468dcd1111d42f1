import { authClient, leaveForProvider } from '@kit/better-auth/client';
import type { OfferedProvider } from '@kit/better-auth/sign-in-methods';
import { Button } from '@kit/ui/button';
import { FormError } from '@kit/ui/form-field';
import { useState } from 'react';
import { m } from '~/paraglide/messages';

/**
 * "Continue with Google / GitHub / <OpenID provider>": better-auth answers with the provider's URL and
 * the browser goes there. Failures come back to the sign-in page as `?error=`.
 */
export function ProviderButtons({
  providers,
  destination,
}: {
  providers: OfferedProvider[];
  destination: string;
}) {
  const [pending, setPending] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  if (providers.length === 0) return null;

  async function continueWith(provider: OfferedProvider) {
    setPending(provider.id);
    setFailed(false);
    const { data, error } = await authClient.signIn.social({
      provider: provider.id,
      callbackURL: destination,
      newUserCallbackURL: destination,
      errorCallbackURL: '/auth/sign-in',
    });
    if (error || !data?.url) {
      setFailed(true);
      setPending(null);
      return;
    }
    leaveForProvider(data);
  }

  return (
    <div className="space-y-2">
      <FormError message={failed ? m.sign_in_error_provider() : null} />
      {providers.map((provider) => (
        <Button
          key={provider.id}
          type="button"
          variant="outline"
          className="w-full"
          isLoading={pending === provider.id}
          disabled={pending !== null}
          onClick={() => void continueWith(provider)}
        >
          {m.sign_in_with_provider({ provider: provider.name })}
        </Button>
      ))}
    </div>
  );
}

/** The line between the provider buttons and the email form. */
export function OrSeparator() {
  return (
    <div className="flex items-center gap-3 text-xs uppercase text-muted-foreground">
      <span className="h-px flex-1 bg-border" />
      {m.sign_in_or()}
      <span className="h-px flex-1 bg-border" />
    </div>
  );
}
