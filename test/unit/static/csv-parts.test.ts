import { fileLine, splitCsv } from '../../../static/src/identity/csv-parts';

const HEADER = 'tool,contactId,accountId';
const row = (n: number) => `freshdesk,${n},5b10a2844c20165700ede21a`;
const file = (rows: number, eol = '\n') => [HEADER, ...Array.from({ length: rows }, (_, i) => row(i + 1))].join(eol) + eol;

describe('splitCsv', () => {
  it('sends a file that fits one request as it is, with the server lines unchanged', () => {
    const text = file(3);
    const parts = splitCsv(text);
    expect(parts).toEqual([{ csv: text, firstLine: 2, lastLine: 4, lineOffset: 0 }]);
    expect(fileLine(parts[0], 3)).toBe(3);
    expect(fileLine(parts[0], 1)).toBe(1);
  });

  it('cuts a large file into parts of whole records, each after the header, none over the limit', () => {
    const text = file(100);
    const parts = splitCsv(text, 1_000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.csv.startsWith(`${HEADER}\n`)).toBe(true);
      expect(Buffer.byteLength(JSON.stringify(part.csv))).toBeLessThanOrEqual(1_000);
    }
    // Every row once, in order.
    const rows = parts.flatMap((part) => part.csv.split('\n').slice(1).filter(Boolean));
    expect(rows).toEqual(Array.from({ length: 100 }, (_, i) => row(i + 1)));
    // Consecutive line ranges covering the file.
    expect(parts[0].firstLine).toBe(2);
    for (let i = 1; i < parts.length; i++) expect(parts[i].firstLine).toBe(parts[i - 1].lastLine + 1);
    expect(parts[parts.length - 1].lastLine).toBe(101);
  });

  it("maps a part's server line back to the file's line", () => {
    const parts = splitCsv(file(100), 1_000);
    const second = parts[1];
    // Line 2 of a part is its first record; the header stays line 1.
    expect(fileLine(second, 2)).toBe(second.firstLine);
    expect(fileLine(second, 5)).toBe(second.firstLine + 3);
    expect(second.csv.split('\n')[3]).toBe(file(100).split('\n')[fileLine(second, 4) - 1]);
  });

  it('never cuts inside a quoted field that holds a line break, and keeps CRLF', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `zendesk,"id ${i}\r\nsecond line",5b10a2844c20165700ede21a`);
    const text = [HEADER, ...rows].join('\r\n');
    const parts = splitCsv(text, 600);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      const body = part.csv.slice(`${HEADER}\r\n`.length);
      expect((body.match(/"/g) ?? []).length % 2).toBe(0);
      expect(part.csv.startsWith(`${HEADER}\r\n`)).toBe(true);
    }
    // Each record spans two lines: record k (0-based) starts on line 2 + 2k.
    expect(parts[1].firstLine % 2).toBe(0);
    expect(parts[parts.length - 1].lastLine).toBe(2 + 2 * 39);
  });

  it('takes the first line that is not blank as the header', () => {
    const text = `\n\n${HEADER}\n${row(1)}\n${row(2)}\n${row(3)}\n`;
    const parts = splitCsv(text, 120);
    expect(parts.every((part) => part.csv.startsWith(`${HEADER}\n`))).toBe(true);
    expect(parts[0].firstLine).toBe(4);
  });
});
