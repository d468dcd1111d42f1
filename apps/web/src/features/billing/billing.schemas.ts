import { z } from 'zod';

// Strict: the organization is always the session's; an organizationId (or anything else) in the input
// is refused with a 400, not silently dropped.
export const startCheckoutSchema = z.strictObject({ planId: z.string().trim().min(1).max(64) });

/** For the functions that take no input: nothing, or an empty object. */
export const noInputSchema = z.strictObject({}).optional();

export const resyncBillingSchema = z.strictObject({ organizationId: z.string().trim().min(1).max(128) });

export type StartCheckoutInput = z.infer<typeof startCheckoutSchema>;
