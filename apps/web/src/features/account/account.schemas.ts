import { fieldLimits } from '@kit/better-auth/field-limits';
import { z } from 'zod';

export const sessionIdSchema = z.object({ sessionId: z.string().trim().min(1).max(128) });

/** A new password, by the rule better-auth enforces (the one rule, in @kit/better-auth/field-limits). */
export const newPasswordSchema = z
  .string()
  .min(fieldLimits.passwordMinLength, { error: `Use at least ${fieldLimits.passwordMinLength} characters.` })
  .max(fieldLimits.passwordMaxLength, { error: `Use at most ${fieldLimits.passwordMaxLength} characters.` });

export const profileSchema = z.object({
  name: z.string().trim().min(1, { error: 'Enter your name.' }).max(fieldLimits.nameMaxLength),
  image: z
    .string()
    .trim()
    .max(fieldLimits.imageMaxLength)
    .refine((value) => value === '' || /^https:\/\//.test(value), {
      error: 'Use an https:// address, or leave it empty.',
    }),
});

export const changeEmailSchema = z.object({ newEmail: z.email({ error: 'Enter a valid email address.' }) });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: 'Enter your current password.' }),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((data) => data.newPassword === data.confirmPassword, {
    path: ['confirmPassword'],
    error: 'The two new passwords differ.',
  });

export const resetPasswordSchema = z
  .object({ newPassword: newPasswordSchema, confirmPassword: z.string() })
  .refine((data) => data.newPassword === data.confirmPassword, {
    path: ['confirmPassword'],
    error: 'The two passwords differ.',
  });

export const emailOnlySchema = z.object({ email: z.email({ error: 'Enter a valid email address.' }) });

export const passwordOnlySchema = z.object({
  password: z.string().min(1, { error: 'Enter your password.' }),
});

export const totpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'Enter the 6-digit code from your authenticator app.' }),
});

export const backupCodeSchema = z.object({
  code: z.string().trim().min(6, { error: 'Enter one of your backup codes.' }).max(64),
});
