import { useDeferredValue } from 'react';

/**
 * The value once it has arrived, first rendered in a transition: React renders what it shows in slices
 * between other work (a query's answer is otherwise rendered in one long task), and until then the caller
 * shows its placeholder. Later changes show at once. What is returned is always the current value, never
 * a previous one (another account's, after a switch): the deferred copy only says whether it has arrived.
 */
export function useDeferredArrival<T>(value: T | undefined): T | undefined {
  const arrived = useDeferredValue(value);
  return arrived === undefined ? undefined : value;
}
