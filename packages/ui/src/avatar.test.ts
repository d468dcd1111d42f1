import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AVATAR_COLOURS, avatarColourOf, initialsOf } from './avatar';

// The app's Tailwind theme: where the palette's colours are defined.
const THEME = readFileSync(
  fileURLToPath(new URL('../../../apps/web/node_modules/tailwindcss/theme.css', import.meta.url)),
  'utf8',
);

/** Relative luminance (WCAG) of a Tailwind `oklch(L% C h)` colour, via OKLab and linear sRGB. */
function luminanceOf(colour: string): number {
  const match = new RegExp(`--color-${colour}:\\s*oklch\\(([\\d.]+)% ([\\d.]+) ([\\d.]+)\\)`).exec(THEME);
  if (!match) throw new Error(`No colour ${colour} in the theme`);
  const [lightness, chroma, hue] = [Number(match[1]) / 100, Number(match[2]), Number(match[3])];
  const a = chroma * Math.cos((hue * Math.PI) / 180);
  const b = chroma * Math.sin((hue * Math.PI) / 180);
  const l = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (lightness - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const red = clamp(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s);
  const green = clamp(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s);
  const blue = clamp(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s);
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

describe('Avatar', () => {
  it('takes initials from the name, else from the email', () => {
    expect(initialsOf('Ann Smith')).toBe('AS');
    expect(initialsOf('  ann  maria smith ')).toBe('AS');
    expect(initialsOf('Cher')).toBe('C');
    expect(initialsOf('', 'ann.smith@example.com')).toBe('AS');
    expect(initialsOf('ann@example.com', 'ann@example.com')).toBe('A');
    expect(initialsOf('', null)).toBe('?');
  });

  it('gives the same seed the same colour, and different seeds several colours', () => {
    expect(avatarColourOf('ann@example.com')).toBe(avatarColourOf('ann@example.com'));
    const seen = new Set(
      Array.from({ length: 50 }, (_, index) => avatarColourOf(`user-${index}@example.com`)),
    );
    expect(seen.size).toBeGreaterThan(5);
  });

  it('puts white initials on every colour at a contrast of 4.5:1 or more (the same in both themes)', () => {
    for (const background of AVATAR_COLOURS) {
      const contrast = 1.05 / (luminanceOf(background.replace(/^bg-/, '')) + 0.05);
      expect(contrast, background).toBeGreaterThanOrEqual(4.5);
    }
  });
});
