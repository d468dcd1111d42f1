import { invalidRequest } from './errors';

/** Parsed parameters: strings nested in objects and arrays, as `qs` would give them. */
export type Params = { [key: string]: ParamValue };
export type ParamValue = string | Params | ParamValue[];

// Names that would reach Object.prototype through a plain object.
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    throw invalidRequest(`The request's parameters are not valid URL encoding: '${part}'.`);
  }
}

/** `line_items[0][price]` → ['line_items', '0', 'price']; `expand[]` → ['expand', '']. */
function keyPath(key: string): string[] {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match?.[1]) throw invalidRequest(`Invalid parameter name: '${key}'.`, key);
  const rest = match[2] ? [...match[2].matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? '') : [];
  const path = [match[1], ...rest];
  if (path.some((segment) => FORBIDDEN.has(segment)))
    throw invalidRequest(`Invalid parameter name: '${key}'.`);
  return path;
}

function isIndex(segment: string): boolean {
  return segment === '' || /^\d+$/.test(segment);
}

function assign(target: Params | ParamValue[], path: string[], value: string, key: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (Array.isArray(target)) {
    if (!isIndex(head)) throw invalidRequest(`Invalid array parameter: '${key}'.`, key);
    const index = head === '' ? target.length : Number(head);
    if (index > 1000) throw invalidRequest(`Array index too large in '${key}'.`, key);
    if (rest.length === 0) target[index] = value;
    else assign(containerAt(target, index, rest, key), rest, value, key);
    return;
  }
  if (rest.length === 0) target[head] = value;
  else assign(containerAt(target, head, rest, key), rest, value, key);
}

function containerAt(
  parent: Params | ParamValue[],
  at: string | number,
  rest: string[],
  key: string,
): Params | ParamValue[] {
  const existing = (parent as Record<string | number, ParamValue | undefined>)[at];
  if (existing !== undefined) {
    if (typeof existing === 'string') throw invalidRequest(`Conflicting values for '${key}'.`, key);
    return existing;
  }
  const created: Params | ParamValue[] = isIndex(rest[0] ?? '') ? [] : {};
  (parent as Record<string | number, ParamValue>)[at] = created;
  return created;
}

/**
 * Parses `application/x-www-form-urlencoded` with Stripe's bracket notation (`metadata[orgId]=…`,
 * `line_items[0][price]=…`, `expand[]=…`) into nested objects and arrays.
 */
export function parseForm(body: string): Params {
  const params: Params = {};
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const key = decode(equals === -1 ? pair : pair.slice(0, equals));
    const value = equals === -1 ? '' : decode(pair.slice(equals + 1));
    assign(params, keyPath(key), value, key);
  }
  return params;
}
