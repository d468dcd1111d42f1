import { z } from 'zod';
import { m } from '~/paraglide/messages';

export const authSearchSchema = z.object({ redirect: z.string().optional() });

export const signInSchema = z.object({
  email: z.email({ error: () => m.validation_email() }),
  password: z.string().min(1, { error: () => m.validation_password_required() }),
});

export const signUpSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: () => m.validation_name_required() })
    .max(100),
  email: z.email({ error: () => m.validation_email() }),
  password: z
    .string()
    .min(8, { error: () => m.validation_password_min() })
    .max(128, { error: () => m.validation_password_max() }),
});
