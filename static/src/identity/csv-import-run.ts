import type { CsvImportResult } from '../../../src/shared/identity';
import { fileLine, splitCsv, type CsvPart } from './csv-parts';

/**
 * One CSV import as the admin asked for it: the file checked for size, sent in as few parts as
 * Forge's payload limit allows (nearly always one), and the server's answer put in the file's
 * own line numbers. The server imports each part all-or-nothing; a refused part stops the run.
 */

export interface CsvImportOutcome {
  /** Mappings imported, in total. */
  imported: number;
  /** What to fix, by line of the file; present when the (last tried) part was refused. */
  errors?: { line: number; reason: string }[];
  /** How many parts the file was sent in. */
  parts: number;
  /** When a file sent in several parts had one refused: which, and how many were imported before it. */
  refusedPart?: { number: number; firstLine: number; lastLine: number };
}

export async function runCsvImport(text: string, importPart: (csv: string) => Promise<CsvImportResult>): Promise<CsvImportOutcome> {
  const parts = splitCsv(text);
  let imported = 0;
  for (const [index, part] of parts.entries()) {
    const answer = await importPart(part.csv);
    if (answer.errors && answer.errors.length > 0) {
      return { imported, errors: inFileLines(part, answer.errors), parts: parts.length, ...(parts.length > 1 ? { refusedPart: refused(index, part) } : {}) };
    }
    imported += answer.imported;
  }
  return { imported, parts: parts.length };
}

const inFileLines = (part: CsvPart, errors: NonNullable<CsvImportResult['errors']>) =>
  errors.map(({ line, reason }) => ({ line: fileLine(part, line), reason }));

const refused = (index: number, part: CsvPart) => ({ number: index + 1, firstLine: part.firstLine, lastLine: part.lastLine });

/** What the admin is told when a file was refused: nothing imported, or (in parts) what was. */
export function refusalText(outcome: CsvImportOutcome): string {
  const count = outcome.errors?.length ?? 0;
  const problems = count === 1 ? 'a problem' : 'problems';
  if (!outcome.refusedPart) return `The file has ${problems} on the lines below, so nothing was imported. Fix them and import the file again.`;
  const { number, firstLine, lastLine } = outcome.refusedPart;
  return (
    `The file was too large for one request, so it was sent in ${outcome.parts} parts. Part ${number} (lines ${firstLine}–${lastLine}) ` +
    `has ${problems} on the lines below, so nothing from it or later parts was imported; the ${outcome.imported} mappings of the parts ` +
    'before it were. Fix the lines and import the whole file again: mappings already imported are simply written again.'
  );
}
