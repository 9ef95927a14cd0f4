import fs from 'node:fs';

/** A seed file that cannot be used, with where and why, so a person can fix it. */
export class SeedFileError extends Error {
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'SeedFileError';
  }
}

/**
 * Reads a JSON seed file of vendor-shaped objects (as the vendor's API returns them). A syntax
 * error is reported with its line; `validate` reports a structural problem with the line where the
 * offending item starts (found by its position in the file).
 */
export function readSeedFile(file: string): { json: unknown; lineOf: (needle: string) => number } {
  const text = fs.readFileSync(file, 'utf8');
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  try {
    return { json: JSON.parse(text), lineOf: (needle: string) => Math.max(1, lineAt(Math.max(0, text.indexOf(needle)))) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    const lineMatch = /line (\d+)/.exec(message);
    throw new SeedFileError(file, lineMatch ? Number(lineMatch[1]) : lineAt(position), `not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '')})`);
  }
}
