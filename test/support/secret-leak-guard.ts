/**
 * Runs before every test file: any console line, in any test, that contains a secret the local
 * KVS stored fails that test. Together with the local runtime's check of every resolver response,
 * this scans the whole test run for leaked secrets.
 */
import { assertNoSecret } from '../../local/runtime/secret-registry';

for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    const line = args.map((arg) => (typeof arg === 'string' ? arg : arg instanceof Error ? `${arg.message}\n${arg.stack}` : safeJson(arg))).join(' ');
    assertNoSecret(line, `a console.${method} line`);
    original(...args);
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
