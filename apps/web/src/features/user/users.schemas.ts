import { fieldLimits } from '@kit/better-auth/field-limits';
import { z } from 'zod';
import { m } from '~/paraglide/messages';

export const sessionIdSchema = z.object({ sessionId: z.string().trim().min(1).max(128) });

/** A new password, by the rule better-auth enforces (the one rule, in @kit/better-auth/field-limits). */
export const newPasswordSchema = z
  .string()
  .min(fieldLimits.passwordMinLength, {
    error: () => m.validation_min_length({ min: fieldLimits.passwordMinLength }),
  })
  .max(fieldLimits.passwordMaxLength, {
    error: () => m.validation_max_length({ max: fieldLimits.passwordMaxLength }),
  });

export const profileSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: () => m.validation_name_required() })
    .max(fieldLimits.nameMaxLength, {
      error: () => m.validation_max_length({ max: fieldLimits.nameMaxLength }),
    }),
  image: z
    .string()
    .trim()
    .max(fieldLimits.imageMaxLength, {
      error: () => m.validation_max_length({ max: fieldLimits.imageMaxLength }),
    })
    .refine((value) => value === '' || /^https:\/\//.test(value), {
      error: () => m.validation_https_url(),
    }),
});

export const changeEmailSchema = z.object({ newEmail: z.email({ error: () => m.validation_email() }) });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: () => m.validation_current_password() }),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((data) => data.newPassword === data.confirmPassword, {
    path: ['confirmPassword'],
    error: () => m.validation_new_passwords_differ(),
  });

export const resetPasswordSchema = z
  .object({ newPassword: newPasswordSchema, confirmPassword: z.string() })
  .refine((data) => data.newPassword === data.confirmPassword, {
    path: ['confirmPassword'],
    error: () => m.validation_passwords_differ(),
  });

export const emailOnlySchema = z.object({ email: z.email({ error: () => m.validation_email() }) });

export const passwordOnlySchema = z.object({
  password: z.string().min(1, { error: () => m.validation_password_required() }),
});

export const totpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: () => m.validation_totp() }),
});

export const backupCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(6, { error: () => m.validation_backup_code() })
    .max(64, { error: () => m.validation_backup_code() }),
});

/** A passkey's name, as the person will recognise it in the list ("Work laptop"). */
export const passkeyNameSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: () => m.validation_name_required() })
    .max(fieldLimits.nameMaxLength, {
      error: () => m.validation_max_length({ max: fieldLimits.nameMaxLength }),
    }),
});

/** Deleting a user who has no password: typing its email address confirms it. */
export function confirmEmailSchema(email: string) {
  return z.object({
    confirmation: z
      .string()
      .trim()
      .refine((typed) => typed.toLowerCase() === email.toLowerCase(), {
        error: () => m.validation_confirm_email(),
      }),
  });
}
