import { describe, expect, it, vi } from 'vitest';
import { ASCII_DIGIT_LANGUAGES, formatNumber } from '~/lib/i18n/format';
import { overwriteGetLocale } from '~/paraglide/runtime';

// formatNumber skips Intl for small counts in the languages it lists: for those it must say exactly what
// Intl says (a language added to the list that writes its digits otherwise fails here).

describe('formatNumber', () => {
  it.each([...ASCII_DIGIT_LANGUAGES])('writes 0–999 in %s as Intl.NumberFormat does', (locale) => {
    overwriteGetLocale(() => locale as never);
    const intl = new Intl.NumberFormat(locale);
    for (let value = 0; value < 1000; value++) expect(formatNumber(value)).toBe(intl.format(value));
  });

  it('builds no Intl formatter for a small count', () => {
    overwriteGetLocale(() => 'fr' as never);
    const built = vi.spyOn(Intl, 'NumberFormat');
    expect(formatNumber(7)).toBe('7');
    expect(built).not.toHaveBeenCalled();
    built.mockRestore();
  });

  it('leaves grouping, fractions and negative numbers to Intl', () => {
    overwriteGetLocale(() => 'de' as never);
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(2.5)).toBe('2,5');
    overwriteGetLocale(() => 'sv' as never);
    expect(formatNumber(-5)).toBe(new Intl.NumberFormat('sv').format(-5));
  });

  it('uses Intl for languages that write other digits', () => {
    overwriteGetLocale(() => 'ar-EG' as never);
    expect(formatNumber(42)).toBe(new Intl.NumberFormat('ar-EG').format(42));
    expect(formatNumber(42)).not.toBe('42');
  });
});
