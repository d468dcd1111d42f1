import { Button } from '@kit/ui/button';
import { CardContent, CardFooter } from '@kit/ui/card';
import { FormError, FormField } from '@kit/ui/form-field';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useFormSubmit } from '~/lib/use-form-submit';
import { m } from '~/paraglide/messages';
import { AuthCard } from './auth-card';
import { emailOnlySchema } from './users.schemas';

/**
 * "Email me a link" pages (password reset, sign-in link): an email field, then the same confirmation
 * whether or not the address is registered.
 */
export function EmailLinkRequest({
  title,
  description,
  submitLabel,
  sent,
  backLabel,
  backSearch,
  request,
}: {
  title: string;
  description: string;
  submitLabel: string;
  sent: (email: string) => { title: string; description: string };
  backLabel: string;
  /** The search of the link back to the sign-in page. */
  backSearch?: { redirect?: string };
  request: (email: string) => Promise<void>;
}) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, formError, pending, onSubmit } = useFormSubmit(emailOnlySchema, async ({ email }) => {
    await request(email);
    setSentTo(email);
  });
  const back = (
    <Link to="/auth/sign-in" search={backSearch} className="text-sm underline">
      {sentTo ? m.back_to_sign_in() : backLabel}
    </Link>
  );

  if (sentTo) {
    const confirmation = sent(sentTo);
    return (
      <AuthCard title={confirmation.title} description={confirmation.description}>
        <CardFooter>{back}</CardFooter>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={title} description={description}>
      <form onSubmit={onSubmit} noValidate>
        <CardContent className="space-y-4">
          <FormError message={formError} />
          <FormField
            label={m.field_email()}
            name="email"
            type="email"
            autoComplete="email"
            required
            error={errors.email}
          />
        </CardContent>
        <CardFooter className="flex flex-col gap-3">
          <Button type="submit" className="w-full" isLoading={pending}>
            {submitLabel}
          </Button>
          {back}
        </CardFooter>
      </form>
    </AuthCard>
  );
}
