import { snapshot } from './state';

type Lookup = (id: string) => object | undefined;

/**
 * Applies `expand[]` paths (`subscription`, `latest_invoice`, `data.customer`, `items.data.price.product`)
 * to a copy of the answer: each id found at the end of a path becomes the stored object. Ids the stand-in
 * does not keep (products) stay ids.
 */
export function expandAnswer(answer: unknown, paths: string[] | undefined, lookup: Lookup): unknown {
  if (!paths || typeof answer !== 'object' || answer === null) return answer;
  for (const path of paths) expandPath(answer, path.split('.'), lookup);
  return answer;
}

function expandPath(target: unknown, segments: string[], lookup: Lookup): void {
  if (Array.isArray(target)) {
    for (const element of target) expandPath(element, segments, lookup);
    return;
  }
  const [head, ...rest] = segments;
  if (head === undefined || typeof target !== 'object' || target === null || !Object.hasOwn(target, head))
    return;
  const record = target as Record<string, unknown>;
  const value = record[head];
  if (typeof value === 'string') {
    const found = lookup(value);
    if (!found) return;
    record[head] = snapshot(found);
  }
  if (rest.length > 0) expandPath(record[head], rest, lookup);
}
