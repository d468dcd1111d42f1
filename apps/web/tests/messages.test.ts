import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MESSAGES_DIR = path.resolve(import.meta.dirname, '../messages');

function load(locale: string): Record<string, string> {
  const { $schema: _schema, ...messages } = JSON.parse(
    readFileSync(path.join(MESSAGES_DIR, `${locale}.json`), 'utf8'),
  ) as Record<string, string>;
  return messages;
}

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message files', () => {
  const english = load('en');
  const german = load('de');

  it('German has every English message and no other', () => {
    expect(Object.keys(german).sort()).toEqual(Object.keys(english).sort());
  });

  it('every translation is filled in and uses the same placeholders', () => {
    for (const [key, text] of Object.entries(english)) {
      const translation = german[key] ?? '';
      expect(translation.trim(), key).not.toBe('');
      expect(placeholdersOf(translation), key).toEqual(placeholdersOf(text));
    }
  });
});
