import { z } from 'zod';

export const signInSchema = z.object({
  email: z.email({ error: 'Enter a valid email address.' }),
  password: z.string().min(1, { error: 'Enter your password.' }),
});

export const signUpSchema = z.object({
  name: z.string().trim().min(1, { error: 'Enter your name.' }).max(100),
  email: z.email({ error: 'Enter a valid email address.' }),
  password: z
    .string()
    .min(8, { error: 'Use at least 8 characters.' })
    .max(128, { error: 'Use at most 128 characters.' }),
});
