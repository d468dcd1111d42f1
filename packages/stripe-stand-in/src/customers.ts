import type { z } from 'zod';
import { missingParameterTarget, resourceMissing } from './errors';
import { newId, nowSeconds } from './ids';
import type { customerCreate } from './params';
import type { CustomerShape } from './shapes';
import type { StandInState } from './state';

export function createCustomer(state: StandInState, input: z.output<typeof customerCreate>): CustomerShape {
  const customer: CustomerShape = {
    id: newId('cus_', 14),
    object: 'customer',
    balance: 0,
    created: nowSeconds(),
    default_source: null,
    description: input.description ?? null,
    email: input.email ?? null,
    livemode: false,
    metadata: withoutEmpty(input.metadata ?? {}),
    name: input.name ?? null,
    shipping: null,
  };
  state.customers.set(customer.id, customer);
  return customer;
}

export function updateCustomer(
  state: StandInState,
  id: string,
  input: z.output<typeof customerCreate>,
): CustomerShape {
  const customer = getCustomer(state, id);
  if (input.name !== undefined) customer.name = input.name || null;
  if (input.email !== undefined) customer.email = input.email || null;
  if (input.description !== undefined) customer.description = input.description || null;
  if (input.metadata !== undefined) customer.metadata = mergeMetadata(customer.metadata, input.metadata);
  return customer;
}

export function getCustomer(state: StandInState, id: string): CustomerShape {
  const customer = state.customers.get(id);
  if (!customer) throw resourceMissing('customer', id);
  return customer;
}

/** A customer named in a request's parameters: a missing one is a 400 on that parameter, as in Stripe. */
export function referencedCustomer(state: StandInState, id: string, param = 'customer'): CustomerShape {
  const customer = state.customers.get(id);
  if (!customer) throw missingParameterTarget('customer', id, param);
  return customer;
}

/** Stripe's metadata update: given keys are set, keys given as '' are removed, `metadata=''` clears all. */
export function mergeMetadata(current: Record<string, string>, update: Record<string, string>) {
  if (Object.keys(update).length === 0) return {};
  return withoutEmpty({ ...current, ...update });
}

function withoutEmpty(metadata: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== ''));
}
