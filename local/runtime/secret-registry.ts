/**
 * Every secret the local KVS has stored in this process, so the local runtime can refuse to let
 * one escape: a resolver response or a log line that contains a stored secret is a defect, and
 * the local runtime (and the test setup) turn it into a failure instead of a quiet leak.
 */
const MIN_LENGTH = 8; // shorter values would match ordinary text

function registry(): Set<string> {
  const holder = globalThis as { __deskbridgeSecrets__?: Set<string> };
  holder.__deskbridgeSecrets__ ??= new Set();
  return holder.__deskbridgeSecrets__;
}

export function registerSecret(value: unknown): void {
  if (typeof value === 'string' && value.length >= MIN_LENGTH) registry().add(value);
}

/** Throws when `text` contains a stored secret; `where` says what leaked it. */
export function assertNoSecret(text: string, where: string): void {
  for (const secret of registry()) {
    if (text.includes(secret)) throw new Error(`A stored secret leaked into ${where} (${secret.slice(0, 2)}…${secret.length} chars)`);
  }
}
