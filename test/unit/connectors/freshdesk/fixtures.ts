import fs from 'node:fs';
import path from 'node:path';

/** A recorded Freshdesk exchange (test/fixtures/freshdesk): one per provider operation, in the documented shape. */
export interface FreshdeskFixture {
  operation: string;
  docs: string;
  request: { method: string; path: string; body?: unknown };
  response: { status: number; headers: Record<string, string>; body?: any };
}

export const FIXTURES_DIR = path.resolve(__dirname, '../../../fixtures/freshdesk');

export const fixture = (name: string): FreshdeskFixture => JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, `${name}.json`), 'utf8'));

export const fixtureNames = (): string[] =>
  fs
    .readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();

/**
 * Differences in shape between a documented answer and an actual one: the same keys at every
 * level, the same JSON types; null stands for "absent value" and matches anything, and an
 * array's items are all compared with the documented first item.
 */
export function shapeDiff(expected: unknown, actual: unknown, where = '$'): string[] {
  if (expected === null || actual === null || expected === undefined) return [];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${where}: expected an array`];
    return expected.length ? actual.flatMap((item, index) => shapeDiff(expected[0], item, `${where}[${index}]`)) : [];
  }
  if (typeof expected === 'object') {
    if (typeof actual !== 'object' || Array.isArray(actual)) return [`${where}: expected an object`];
    const want = Object.keys(expected as object);
    const got = Object.keys(actual as object);
    return [
      ...want.filter((key) => !got.includes(key)).map((key) => `${where}.${key}: missing`),
      ...got.filter((key) => !want.includes(key)).map((key) => `${where}.${key}: not documented`),
      ...want.filter((key) => got.includes(key)).flatMap((key) => shapeDiff((expected as any)[key], (actual as any)[key], `${where}.${key}`)),
    ];
  }
  return typeof expected === typeof actual ? [] : [`${where}: expected ${typeof expected}, got ${typeof actual}`];
}
