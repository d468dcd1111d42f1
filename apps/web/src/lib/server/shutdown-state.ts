// On globalThis: the server plugin that sets it and the routes that read it are bundled apart.
const state = globalThis as typeof globalThis & { __kitShuttingDown?: boolean };

/** From SIGTERM on, the instance answers what is in flight but is no longer ready for new work. */
export function markShuttingDown(): void {
  state.__kitShuttingDown = true;
}

export function isShuttingDown(): boolean {
  return state.__kitShuttingDown === true;
}
