import { z } from 'zod';

/** The limits of a user's name and picture, the same as the app's sign-up and profile forms. */
export const profileFieldLimits = {
  nameMaxLength: 100,
  imageMaxLength: 2048,
} as const;

/** The profile fields better-auth's sign-up and update-user endpoints accept, checked like the forms. */
export const profileFieldsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'Enter your name.' })
    .max(profileFieldLimits.nameMaxLength)
    .optional(),
  image: z
    .string()
    .trim()
    .max(profileFieldLimits.imageMaxLength)
    .refine((value) => value === '' || /^https:\/\//.test(value), {
      error: 'Use an https:// address, or leave it empty.',
    })
    .nullish(),
});
