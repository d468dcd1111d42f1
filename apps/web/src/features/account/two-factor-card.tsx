import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import { useRouter } from '@tanstack/react-router';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { ConfirmPasswordForm } from '~/components/confirm-password-form';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { useFreshSessionRetry } from '~/lib/use-fresh-session-retry';
import { passwordOnlySchema, totpCodeSchema } from './account.schemas';

interface Enrollment {
  totpURI: string;
  backupCodes: string[];
}

function QrCode({ value }: { value: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    void QRCode.toString(value, { type: 'svg', margin: 1 }).then(setSvg);
  }, [value]);
  if (!svg) return <div className="size-48 animate-pulse rounded bg-muted" aria-hidden="true" />;
  return (
    <img
      src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`}
      alt="QR code to scan with your authenticator app"
      className="size-48 rounded border border-border bg-white"
    />
  );
}

function secretOf(totpURI: string): string {
  return new URL(totpURI).searchParams.get('secret') ?? '';
}

export function TwoFactorCard({ email, enabled }: { email: string; enabled: boolean }) {
  const router = useRouter();
  const fresh = useFreshSessionRetry();
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);

  const start = useFormSubmit(passwordOnlySchema, async ({ password }) => {
    await fresh.run(async () => {
      const result = await callAuth((fetchOptions) =>
        authClient.twoFactor.enable({ password, fetchOptions }),
      );
      if (result?.method !== 'totp') throw new Error('Two-factor could not be set up. Try again.');
      setEnrollment({ totpURI: result.totpURI, backupCodes: result.backupCodes });
    });
  });
  const confirm = useFormSubmit(totpCodeSchema, async ({ code }) => {
    await callAuth((fetchOptions) => authClient.twoFactor.verifyTotp({ code, fetchOptions }));
    setEnrollment(null);
    toast.success('Two-factor authentication is on.');
    await router.invalidate();
  });
  const disable = useFormSubmit(passwordOnlySchema, async ({ password }) => {
    await fresh.run(async () => {
      await callAuth((fetchOptions) => authClient.twoFactor.disable({ password, fetchOptions }));
      toast.success('Two-factor authentication is off.');
      await router.invalidate();
    });
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Two-factor authentication</CardTitle>
        <CardDescription>
          {enabled
            ? 'On: signing in asks for a code from your authenticator app.'
            : 'Off. Turn it on to ask for a code from an authenticator app at sign-in.'}
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {fresh.needsPassword ? (
          <ConfirmPasswordForm email={email} onConfirmed={fresh.retry} onCancel={fresh.cancel} />
        ) : enrollment ? (
          <div className="space-y-4" data-testid="two-factor-enrollment">
            <p className="text-sm">1. Scan this code with your authenticator app, or type the key by hand.</p>
            <QrCode value={enrollment.totpURI} />
            <p className="text-sm">
              Key: <code data-testid="totp-secret">{secretOf(enrollment.totpURI)}</code>
            </p>
            <p className="text-sm">
              2. Save these backup codes somewhere safe. Each works once; they are shown only now.
            </p>
            <ul
              className="grid grid-cols-2 gap-1 rounded-md border border-border p-3 font-mono text-sm"
              aria-label="Backup codes"
            >
              {enrollment.backupCodes.map((code) => (
                <li key={code}>{code}</li>
              ))}
            </ul>
            <form
              onSubmit={confirm.onSubmit}
              noValidate
              className="space-y-3"
              aria-label="Confirm two-factor"
            >
              <p className="text-sm">3. Enter the code the app shows to finish.</p>
              <FormError message={confirm.formError} />
              <FormField
                label="Code"
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                error={confirm.errors.code}
              />
              <Button type="submit" isLoading={confirm.pending}>
                Turn on two-factor
              </Button>
            </form>
          </div>
        ) : enabled ? (
          <form onSubmit={disable.onSubmit} noValidate className="space-y-3" aria-label="Turn off two-factor">
            <FormError message={disable.formError} />
            <FormField
              label="Password"
              name="password"
              type="password"
              autoComplete="current-password"
              error={disable.errors.password}
            />
            <Button type="submit" variant="outline" isLoading={disable.pending}>
              Turn off two-factor
            </Button>
          </form>
        ) : (
          <form onSubmit={start.onSubmit} noValidate className="space-y-3" aria-label="Turn on two-factor">
            <FormError message={start.formError} />
            <FormField
              label="Password"
              name="password"
              type="password"
              autoComplete="current-password"
              error={start.errors.password}
            />
            <Button type="submit" isLoading={start.pending}>
              Set up two-factor
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
