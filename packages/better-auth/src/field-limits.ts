import { z } from 'zod';

/**
 * The limits of a user's fields, in one place: better-auth's configuration and hooks enforce them on
 * the API, and the app's forms check the same numbers (with their own wording) before sending.
 */
export const fieldLimits = {
  nameMaxLength: 100,
  imageMaxLength: 2048,
  passwordMinLength: 8,
  passwordMaxLength: 128,
} as const;

/** The profile fields better-auth's sign-up and update-user endpoints accept, checked like the forms. */
export const profileFieldsSchema = z.object({
  name: z.string().trim().min(1, { error: 'Enter your name.' }).max(fieldLimits.nameMaxLength).optional(),
  image: z
    .string()
    .trim()
    .max(fieldLimits.imageMaxLength)
    .refine((value) => value === '' || /^https:\/\//.test(value), {
      error: 'Use an https:// address, or leave it empty.',
    })
    .nullish(),
});
