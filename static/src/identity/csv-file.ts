import { MAX_CSV_BYTES, utf8Bytes } from './csv-parts';

/**
 * What can be imported, and reading it: a CSV file the admin picked is read in the browser (the
 * file itself never leaves the page, only its text, through the import resolver); a file or a
 * pasted text over 1 MB is refused before anything is sent.
 */

export type CsvFileRead = { ok: true; text: string } | { ok: false; message: string };

/** Why a picked file can't be used, judged from its name and size alone; undefined when it can. */
export function csvFileProblem(file: { name: string; size: number }): string | undefined {
  if (file.size > MAX_CSV_BYTES) return `"${file.name}" is larger than 1 MB; split it and import the parts one after another.`;
  if (file.size === 0) return `"${file.name}" is empty.`;
  return undefined;
}

/** Why a text can't be imported at all, before anything is sent; undefined when it can. */
export function csvTextProblem(text: string): string | undefined {
  if (text.trim() === '') return 'Paste the CSV or choose a file first.';
  if (utf8Bytes(text) > MAX_CSV_BYTES) return 'The file is larger than 1 MB; split it and import the parts one after another.';
  return undefined;
}

export function readCsvFile(file: File): Promise<CsvFileRead> {
  const problem = csvFileProblem(file);
  if (problem) return Promise.resolve({ ok: false, message: problem });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ ok: true, text: typeof reader.result === 'string' ? reader.result : '' });
    reader.onerror = () => resolve({ ok: false, message: `"${file.name}" could not be read. Choose it again, or paste its text instead.` });
    reader.readAsText(file, 'utf-8');
  });
}

/** "640 bytes" / "12 KB" / "1.0 MB": a file's size for people. */
export function sizeText(bytes: number): string {
  if (bytes < 1_000) return `${bytes} bytes`;
  if (bytes < 999_500) return `${Math.round(bytes / 1_000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
