import { fieldLimits } from '@kit/better-auth/field-limits';
import { z } from 'zod';
import { newPasswordSchema } from './account.schemas';

export const signInSchema = z.object({
  email: z.email({ error: 'Enter a valid email address.' }),
  password: z.string().min(1, { error: 'Enter your password.' }),
});

export const signUpSchema = z.object({
  name: z.string().trim().min(1, { error: 'Enter your name.' }).max(fieldLimits.nameMaxLength),
  email: z.email({ error: 'Enter a valid email address.' }),
  password: newPasswordSchema,
});
