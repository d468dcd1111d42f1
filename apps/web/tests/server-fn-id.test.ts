// Hardening 3, item 3: the one parser of a server-function id, against the paths Start reads differently
// (Start runs the first segment after its base, after decoding a path that holds a `%`).
import { describe, expect, it } from 'vitest';
import { serverFunctionIdOf } from '../src/lib/server/server-fn-id';

const ID = 'features.user.users.functions.revokeMyOtherSessions';
const at = (path: string) => serverFunctionIdOf(new URL(path, 'http://localhost:3000'));

describe('serverFunctionIdOf', () => {
  it("reads the id of a function's own path, with or without a query string", () => {
    expect(at(`/_serverFn/${ID}`)).toBe(ID);
    expect(at(`/_serverFn/${ID}?payload=%7B%7D`)).toBe(ID);
    expect(at('/_serverFn/routes._authed.projects.createProject_1')).toBe(
      'routes._authed.projects.createProject_1',
    );
  });

  it('reads no id where Start would run one but not by that path', () => {
    const paths = [
      `/_serverFn/${ID}/extra`,
      `/_serverFn/${ID}/`,
      `/_serverFn/${ID}/x.stopImpersonating`,
      `/_serverFn//${ID}`,
      `/_serverFn/%66${ID.slice(1)}`,
      `/_serverFn/${ID}%2Fextra`,
      '/_serverFn/',
    ];
    expect(paths.map(at)).toEqual(paths.map(() => undefined));
  });

  // Start reaches its base from `/%5FserverFn/` only by decoding: start.ts refuses what it routes there.
  it('reads no id from other paths', () => {
    expect(at('/dashboard')).toBeUndefined();
    expect(at(`/%5FserverFn/${ID}`)).toBeUndefined();
  });
});
