/**
 * Captures every console line of a test file (and the local runtime's own log lines, through
 * `runtimeLog`), so a test can assert that no email address or display name was ever logged.
 * The secret-leak guard (setupFilesAfterEnv) still sees every line first.
 */
export function captureLogs() {
  const lines: string[] = [];
  const originals = new Map<string, (...args: unknown[]) => void>();
  beforeAll(() => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const original = console[method];
      originals.set(method, original);
      console[method] = (...args: unknown[]) => {
        lines.push(args.map((arg) => (typeof arg === 'string' ? arg : arg instanceof Error ? `${arg.message} ${arg.stack}` : JSON.stringify(arg))).join(' '));
        original(...args);
      };
    }
  });
  afterAll(() => {
    for (const [method, original] of originals) (console as unknown as Record<string, unknown>)[method] = original;
  });
  return { lines, runtimeLog: (line: string) => lines.push(line) };
}

/** The personal data the sandbox seeds: what must never reach a log line. */
export function personalStrings(users: { displayName: string; emailAddress?: string }[]): string[] {
  return users.flatMap((user) => [user.displayName, ...(user.emailAddress ? [user.emailAddress] : [])]).filter((text) => text.length >= 6);
}
