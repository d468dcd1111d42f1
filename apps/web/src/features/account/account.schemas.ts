import { z } from 'zod';
import { m } from '~/paraglide/messages';

export const sessionIdSchema = z.object({ sessionId: z.string().trim().min(1).max(128) });

const password = z
  .string()
  .min(8, { error: () => m.validation_password_min() })
  .max(128, { error: () => m.validation_password_max() });

export const profileSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: () => m.validation_name_required() })
    .max(100),
  image: z
    .string()
    .trim()
    .max(2048)
    .refine((value) => value === '' || /^https:\/\//.test(value), {
      error: () => m.validation_https_url(),
    }),
});

export const changeEmailSchema = z.object({ newEmail: z.email({ error: () => m.validation_email() }) });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: () => m.validation_current_password() }),
    newPassword: password,
    confirmPassword: z.string(),
  })
  .refine((data) => data.newPassword === data.confirmPassword, {
    path: ['confirmPassword'],
    error: () => m.validation_new_passwords_differ(),
  });

export const resetPasswordSchema = z
  .object({ newPassword: password, confirmPassword: z.string() })
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
    .max(64),
});
