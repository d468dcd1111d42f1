// Issue 9, item 11: package.json's engines names a Node version that every installed package accepts
// (TanStack Start's packages need 22.12 or newer). Not an HTTP test: it reads the installed packages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const STORE = path.join(ROOT, 'node_modules/.pnpm');

type Version = [number, number, number];

function parse(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text
    .replace(/^v/, '')
    .split('.')
    .map((part) => (part === '*' || part === 'x' ? 0 : Number.parseInt(part, 10)));
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Whether `version` satisfies one comparator of a range (the forms used in engines fields). */
function satisfiesComparator(version: Version, comparator: string): boolean {
  if (comparator === '*' || comparator === '') return true;
  if (comparator.startsWith('>=')) return compare(version, parse(comparator.slice(2))) >= 0;
  if (comparator.startsWith('<')) return compare(version, parse(comparator.slice(1))) < 0;
  if (comparator.startsWith('^')) {
    const base = parse(comparator.slice(1));
    return version[0] === base[0] && compare(version, base) >= 0;
  }
  const parts = comparator.split('.');
  const base = parse(comparator);
  return parts.every((part, index) => part === '*' || part === 'x' || version[index] === base[index]);
}

function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((alternative) =>
    alternative
      .replace(/(>=|<=|<|>)\s+/g, '$1')
      .trim()
      .split(/\s+/)
      .every((comparator) => satisfiesComparator(version, comparator)),
  );
}

function installedEngines(): Array<{ name: string; node: string }> {
  const found: Array<{ name: string; node: string }> = [];
  for (const entry of readdirSync(STORE)) {
    const modules = path.join(STORE, entry, 'node_modules');
    let names: string[] = [];
    try {
      names = readdirSync(modules).flatMap((name) =>
        name.startsWith('@')
          ? readdirSync(path.join(modules, name)).map((inner) => `${name}/${inner}`)
          : [name],
      );
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        const manifest = JSON.parse(readFileSync(path.join(modules, name, 'package.json'), 'utf8'));
        if (manifest.engines?.node)
          found.push({ name: `${manifest.name}@${manifest.version}`, node: manifest.engines.node });
      } catch {
        // a link without a manifest
      }
    }
  }
  return found;
}

describe('Node version', () => {
  it("engines names a Node version every installed package accepts, TanStack Start's 22.12+ included", () => {
    const engines: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node;
    // The lowest version of each alternative of our range must be one every package accepts.
    const lowest = engines
      .split('||')
      .map((alternative) => parse(alternative.trim().replace(/^[\^>=\s]+/, '')));
    const packages = installedEngines();
    expect(packages.some((pkg) => pkg.name.startsWith('@tanstack/react-start@'))).toBe(true);
    for (const version of lowest) {
      const refusing = packages
        .filter((pkg) => !satisfies(version, pkg.node))
        .map((pkg) => `${pkg.name} (${pkg.node})`);
      expect(refusing, `Node ${version.join('.')}`).toEqual([]);
    }
  });

  it('the README names the same minimum', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('Node 22.15 or newer');
  });
});
