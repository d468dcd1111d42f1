import { z } from 'zod';
import { invalidRequest } from './errors';
import type { Params } from './form';

// Every value arrives as a string (form encoding). Unknown parameters are kept out of the result but not
// refused: the stand-in covers part of the API, and a real parameter it ignores must not fail a test.

const integer = z
  .string()
  .regex(/^-?\d+$/, 'Invalid integer')
  .transform(Number);
const positiveInteger = integer.refine((n) => n > 0, 'Must be a positive integer');
const boolean = z.enum(['true', 'false'], 'Invalid boolean').transform((v) => v === 'true');
const text = z.string();
/** `metadata=` (empty) clears all keys; `metadata[key]=` (empty) clears one. */
const metadata = z.union([z.record(z.string(), z.string()), z.literal('').transform(() => ({}))]);
const expand = z.array(z.string()).optional();

export const customerCreate = z.object({
  name: text.optional(),
  email: text.optional(),
  description: text.optional(),
  metadata: metadata.optional(),
  expand,
});

export const checkoutCreate = z.object({
  mode: z.literal('subscription', 'The stand-in supports mode=subscription only'),
  customer: text.optional(),
  customer_email: text.optional(),
  client_reference_id: text.optional(),
  line_items: z.array(z.object({ price: text, quantity: positiveInteger.optional() })).min(1),
  subscription_data: z
    .object({ metadata: metadata.optional(), trial_period_days: positiveInteger.optional() })
    .optional(),
  success_url: text,
  cancel_url: text.optional(),
  metadata: metadata.optional(),
  expand,
});

export const portalCreate = z.object({ customer: text, return_url: text.optional(), expand });

export const subscriptionUpdate = z.object({
  cancel_at_period_end: boolean.optional(),
  items: z
    .array(z.object({ id: text.optional(), price: text.optional(), quantity: positiveInteger.optional() }))
    .optional(),
  proration_behavior: z.enum(['always_invoice', 'create_prorations', 'none']).optional(),
  metadata: metadata.optional(),
  expand,
});

export const subscriptionList = z.object({
  customer: text.optional(),
  price: text.optional(),
  status: z
    .enum([
      'active',
      'all',
      'canceled',
      'ended',
      'incomplete',
      'incomplete_expired',
      'past_due',
      'paused',
      'trialing',
      'unpaid',
    ])
    .optional(),
  limit: integer.refine((n) => n >= 1 && n <= 100, 'Must be between 1 and 100').optional(),
  starting_after: text.optional(),
  expand,
});

/** `['line_items', 0, 'price']` → `line_items[0][price]`, the name Stripe reports in `param`. */
function paramName(path: PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return `${head ?? ''}${rest.map((part) => `[${part}]`).join('')}`;
}

/** Validates parameters like Stripe: the first problem as a 400 `invalid_request_error` naming the param. */
export function parseParams<T extends z.ZodType>(schema: T, params: Params): z.output<T> {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const param = issue ? paramName(issue.path) : '';
  const missing = issue?.code === 'invalid_type' && issue.input === undefined;
  throw invalidRequest(
    missing ? `Missing required param: ${param}.` : `Invalid ${param}: ${issue?.message ?? 'invalid value'}.`,
    param || undefined,
    missing ? 'parameter_missing' : 'parameter_invalid',
  );
}
