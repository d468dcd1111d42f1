import { fieldLimits } from '@kit/better-auth/field-limits';
import { z } from 'zod';
import { m } from '~/paraglide/messages';
import { newPasswordSchema } from './users.schemas';

export const signInSchema = z.object({
  email: z.email({ error: () => m.validation_email() }),
  password: z.string().min(1, { error: () => m.validation_password_required() }),
});

export const signUpSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: () => m.validation_name_required() })
    .max(fieldLimits.nameMaxLength, {
      error: () => m.validation_max_length({ max: fieldLimits.nameMaxLength }),
    }),
  email: z.email({ error: () => m.validation_email() }),
  password: newPasswordSchema,
});
