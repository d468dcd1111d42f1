import { missingParameterTarget, resourceMissing } from './errors';
import { nowSeconds } from './ids';
import type { PriceShape } from './shapes';
import type { StandInState } from './state';

export interface AddPriceInput {
  /** Any id the test likes (`price_pro_monthly`); the kit reads it from its configuration. */
  id: string;
  /** In the currency's smallest unit (cents). */
  unitAmount: number;
  currency?: string;
  interval?: 'day' | 'week' | 'month' | 'year';
  intervalCount?: number;
  /** Defaults to `prod_<price id>`. */
  product?: string;
  lookupKey?: string;
  nickname?: string;
  metadata?: Record<string, string>;
}

export function addPrice(state: StandInState, input: AddPriceInput): PriceShape {
  const price: PriceShape = {
    id: input.id,
    object: 'price',
    active: true,
    billing_scheme: 'per_unit',
    created: nowSeconds(),
    currency: (input.currency ?? 'usd').toLowerCase(),
    livemode: false,
    lookup_key: input.lookupKey ?? null,
    metadata: input.metadata ?? {},
    nickname: input.nickname ?? null,
    product: input.product ?? `prod_${input.id.replace(/^price_/, '')}`,
    recurring: {
      interval: input.interval ?? 'month',
      interval_count: input.intervalCount ?? 1,
      meter: null,
      trial_period_days: null,
      usage_type: 'licensed',
    },
    tax_behavior: 'unspecified',
    type: 'recurring',
    unit_amount: input.unitAmount,
    unit_amount_decimal: String(input.unitAmount),
  };
  state.prices.set(price.id, price);
  return price;
}

export function getPrice(state: StandInState, id: string): PriceShape {
  const price = state.prices.get(id);
  if (!price) throw resourceMissing('price', id);
  return price;
}

export function referencedPrice(state: StandInState, id: string, param: string): PriceShape {
  const price = state.prices.get(id);
  if (!price) throw missingParameterTarget('price', id, param);
  return price;
}
