import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { m } from '~/paraglide/messages';
import { errorMessage, fieldErrorsOf, upgradeUrlOf } from './errors';
import { type FieldErrors, parseForm } from './forms';

/**
 * The life of a form: validate with the schema, run the action, and keep the field errors, the
 * form-level error and the pending flag for the UI. An action fails by throwing (server functions
 * throw HttpErrors whose field errors land on the fields).
 */
export function useFormSubmit<TSchema extends z.ZodType>(
  schema: TSchema,
  action: (data: z.output<TSchema>, form: HTMLFormElement) => Promise<void>,
) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  /** Where to upgrade when the server refused for the plan (402). */
  const [upgradeUrl, setUpgradeUrl] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFormError(null);
    setUpgradeUrl(null);
    const parsed = parseForm(schema, form);
    setErrors(parsed.errors ?? {});
    if (!parsed.data) return;
    setPending(true);
    try {
      await action(parsed.data, form);
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      setErrors(fieldErrors);
      const onFields = Object.keys(fieldErrors).some((field) => field !== '_form');
      setFormError(onFields ? m.form_check_fields() : errorMessage(error));
      setUpgradeUrl(upgradeUrlOf(error));
    } finally {
      setPending(false);
    }
  }

  return { errors, formError, upgradeUrl, pending, onSubmit };
}
