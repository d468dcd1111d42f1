import { describe, expect, it } from 'vitest';
import { parseForm } from './form';

describe('parseForm', () => {
  it("reads Stripe's bracket notation into objects and arrays", () => {
    const body =
      'line_items[0][price]=price_a&line_items[0][quantity]=3&line_items[1][price]=price_b' +
      '&metadata[organizationId]=org%201&expand[]=subscription&expand[]=customer&success_url=http%3A%2F%2Fx%2F%3Fa%3D1%2B2';
    expect(parseForm(body)).toEqual({
      line_items: [{ price: 'price_a', quantity: '3' }, { price: 'price_b' }],
      metadata: { organizationId: 'org 1' },
      expand: ['subscription', 'customer'],
      success_url: 'http://x/?a=1+2',
    });
  });

  it('refuses names that would reach the prototype and conflicting shapes', () => {
    expect(() => parseForm('__proto__[polluted]=1')).toThrow(/Invalid parameter name/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => parseForm('metadata=x&metadata[a]=1')).toThrow(/Conflicting/);
  });
});
