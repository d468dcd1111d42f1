import { authClient } from '@kit/better-auth/client';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { toast } from '@kit/ui/toast';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useRefreshIdentity } from '~/lib/auth/identity-changes';
import { callAuth } from '~/lib/auth-call';
import { useFormSubmit } from '~/lib/use-form-submit';
import { useFreshSessionRetry } from '~/lib/use-fresh-session-retry';
import { m } from '~/paraglide/messages';
import { ConfirmPasswordForm } from './confirm-password-form';
import { passwordOnlySchema, totpCodeSchema } from './users.schemas';

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
      alt={m.two_factor_qr_alt()}
      className="size-48 rounded border border-border bg-white"
    />
  );
}

function secretOf(totpURI: string): string {
  return new URL(totpURI).searchParams.get('secret') ?? '';
}

export function TwoFactorCard({ email, enabled }: { email: string; enabled: boolean }) {
  const refreshIdentity = useRefreshIdentity();
  const fresh = useFreshSessionRetry();
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);

  const start = useFormSubmit(passwordOnlySchema, async ({ password }) => {
    await fresh.run(async () => {
      const result = await callAuth((fetchOptions) =>
        authClient.twoFactor.enable({ password, fetchOptions }),
      );
      if (result?.method !== 'totp') throw new Error(m.two_factor_setup_failed());
      setEnrollment({ totpURI: result.totpURI, backupCodes: result.backupCodes });
    });
  });
  const confirm = useFormSubmit(totpCodeSchema, async ({ code }) => {
    await callAuth((fetchOptions) => authClient.twoFactor.verifyTotp({ code, fetchOptions }));
    setEnrollment(null);
    toast.success(m.two_factor_enabled());
    await refreshIdentity();
  });
  const disable = useFormSubmit(passwordOnlySchema, async ({ password }) => {
    await fresh.run(async () => {
      await callAuth((fetchOptions) => authClient.twoFactor.disable({ password, fetchOptions }));
      toast.success(m.two_factor_disabled());
      await refreshIdentity();
    });
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>{m.two_factor_card_title()}</CardTitle>
        <CardDescription>{enabled ? m.two_factor_on() : m.two_factor_off()}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {fresh.needsPassword ? (
          <ConfirmPasswordForm email={email} onConfirmed={fresh.retry} onCancel={fresh.cancel} />
        ) : enrollment ? (
          <div className="space-y-4" data-testid="two-factor-enrollment">
            <p className="text-sm">{m.two_factor_step_scan()}</p>
            <QrCode value={enrollment.totpURI} />
            <p className="text-sm">
              {m.two_factor_key()} <code data-testid="totp-secret">{secretOf(enrollment.totpURI)}</code>
            </p>
            <p className="text-sm">{m.two_factor_step_backup()}</p>
            <ul
              className="grid grid-cols-2 gap-1 rounded-md border border-border p-3 font-mono text-sm"
              aria-label={m.two_factor_backup_codes()}
            >
              {enrollment.backupCodes.map((code) => (
                <li key={code}>{code}</li>
              ))}
            </ul>
            <form
              onSubmit={confirm.onSubmit}
              noValidate
              className="space-y-3"
              aria-label={m.two_factor_confirm_label()}
            >
              <p className="text-sm">{m.two_factor_step_confirm()}</p>
              <FormError message={confirm.formError} />
              <FormField
                label={m.field_code()}
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                error={confirm.errors.code}
              />
              <Button type="submit" isLoading={confirm.pending}>
                {m.two_factor_turn_on()}
              </Button>
            </form>
          </div>
        ) : enabled ? (
          <form
            onSubmit={disable.onSubmit}
            noValidate
            className="space-y-3"
            aria-label={m.two_factor_turn_off()}
          >
            <FormError message={disable.formError} />
            <FormField
              label={m.field_password()}
              name="password"
              type="password"
              autoComplete="current-password"
              error={disable.errors.password}
            />
            <Button type="submit" variant="outline" isLoading={disable.pending}>
              {m.two_factor_turn_off()}
            </Button>
          </form>
        ) : (
          <form
            onSubmit={start.onSubmit}
            noValidate
            className="space-y-3"
            aria-label={m.two_factor_turn_on()}
          >
            <FormError message={start.formError} />
            <FormField
              label={m.field_password()}
              name="password"
              type="password"
              autoComplete="current-password"
              error={start.errors.password}
            />
            <Button type="submit" isLoading={start.pending}>
              {m.two_factor_set_up()}
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
