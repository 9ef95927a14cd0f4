import type { CsvImportResult } from '../../../src/shared/identity';
import { csvTextProblem } from '../../../static/src/identity/csv-file';
import { refusalText, runCsvImport } from '../../../static/src/identity/csv-import-run';
import { MAX_PART_PAYLOAD_BYTES } from '../../../static/src/identity/csv-parts';

const HEADER = 'tool,contactId,accountId';

describe('runCsvImport', () => {
  it('imports a small file in one request and answers its count', async () => {
    const sent: string[] = [];
    const outcome = await runCsvImport(`${HEADER}\nfreshdesk,1,abc\n`, async (csv) => (sent.push(csv), { imported: 1 }));
    expect(sent).toHaveLength(1);
    expect(outcome).toEqual({ imported: 1, parts: 1 });
  });

  it("passes a refusal on with the server's reasons and lines, verbatim", async () => {
    const errors = [{ line: 3, reason: '"bad" is not a tool Deskbridge connects to.' }];
    const outcome = await runCsvImport(`${HEADER}\na\nb\n`, async (): Promise<CsvImportResult> => ({ imported: 0, errors }));
    expect(outcome).toEqual({ imported: 0, errors, parts: 1 });
    expect(refusalText(outcome)).toBe('The file has a problem on the lines below, so nothing was imported. Fix them and import the file again.');
  });

  it('sends a file over the payload limit in parts, stops at a refused part and says what was imported', async () => {
    const rows = Array.from({ length: 18_000 }, (_, i) => `freshdesk,${i},5b10a2844c20165700ede21a-padding-padding`);
    const text = [HEADER, ...rows].join('\n');
    let calls = 0;
    const outcome = await runCsvImport(text, async (csv) => {
      expect(Buffer.byteLength(JSON.stringify(csv))).toBeLessThanOrEqual(MAX_PART_PAYLOAD_BYTES);
      calls++;
      if (calls === 2) return { imported: 0, errors: [{ line: 2, reason: 'Nope.' }] };
      return { imported: csv.split('\n').filter(Boolean).length - 1 };
    });
    expect(calls).toBe(2);
    expect(outcome.parts).toBeGreaterThan(2);
    expect(outcome.refusedPart?.number).toBe(2);
    expect(outcome.errors).toEqual([{ line: outcome.refusedPart!.firstLine, reason: 'Nope.' }]);
    expect(outcome.imported).toBe(outcome.refusedPart!.firstLine - 2);
    expect(refusalText(outcome)).toContain(`Part 2 (lines ${outcome.refusedPart!.firstLine}–${outcome.refusedPart!.lastLine})`);
  });
});

describe('csvTextProblem', () => {
  it('asks for text when there is none', () => expect(csvTextProblem('  \n')).toBe('Paste the CSV or choose a file first.'));
  it('refuses more than 1 MB, counted in UTF-8 bytes', () => {
    expect(csvTextProblem('é'.repeat(500_001))).toMatch(/larger than 1 MB/);
    expect(csvTextProblem('a'.repeat(1_000_000))).toBeUndefined();
  });
});
