/**
 * Cuts an identity-map CSV into parts small enough for one Forge invoke (500 KB in), each with
 * the header, at record boundaries (a line break inside a quoted field is not one), and maps the
 * line numbers the server reports for a part back to the lines of the whole file.
 *
 * Almost every file is one part: 5,000 rows of ids fit in a few hundred KB. Only a file near
 * the 1 MB limit is sent in parts, one after another, each of them all-or-nothing.
 */

export const CSV_HEADER = 'tool,contactId,accountId';
/** What the server accepts per file (src/identity/identity-map/csv-import.ts). */
export const MAX_CSV_BYTES = 1_000_000;
/** The JSON-encoded text one invoke may carry, well under Forge's 500 KB to leave room for the envelope. */
export const MAX_PART_PAYLOAD_BYTES = 450_000;

export interface CsvPart {
  /** The text to send: the file's header line, then this part's records as they are in the file. */
  csv: string;
  /** The file's lines of this part's first and last record (the header is line 1). */
  firstLine: number;
  lastLine: number;
  /** Added to a line the server names in this part (after its header) to get the file's line. */
  lineOffset: number;
}

const encoder = new TextEncoder();
export const utf8Bytes = (text: string): number => encoder.encode(text).length;
/** What the text weighs inside the invoke payload (quotes and line breaks are escaped there). */
const payloadBytes = (text: string): number => utf8Bytes(JSON.stringify(text));

/** Splits the text into records, each with its line break and the file line it starts on. */
function records(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let start = 0;
  let line = 1;
  let startLine = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line++;
      if (!quoted) {
        out.push({ text: text.slice(start, i + 1), line: startLine });
        start = i + 1;
        startLine = line;
      }
    }
  }
  if (start < text.length) out.push({ text: text.slice(start), line: startLine });
  return out;
}

/** The whole text as one part when it fits; else parts of whole records, each after the header. */
export function splitCsv(text: string, maxPayloadBytes = MAX_PART_PAYLOAD_BYTES): CsvPart[] {
  const all = records(text);
  const lastLine = all.length === 0 ? 1 : all[all.length - 1].line;
  if (payloadBytes(text) <= maxPayloadBytes || all.length < 2) return [{ csv: text, firstLine: all.length > 1 ? all[1].line : 1, lastLine, lineOffset: 0 }];
  // The server's header is the first line that is not blank; blank lines before it go nowhere.
  const headerAt = Math.max(0, all.findIndex((record) => record.text.trim() !== ''));
  const header = /[\r\n]$/.test(all[headerAt].text) ? all[headerAt].text : `${all[headerAt].text}\n`;
  const parts: CsvPart[] = [];
  let current: { text: string; line: number }[] = [];
  let size = payloadBytes(header);
  const flush = () => {
    if (current.length === 0) return;
    const firstLine = current[0].line;
    parts.push({ csv: header + current.map((record) => record.text).join(''), firstLine, lastLine: current[current.length - 1].line, lineOffset: firstLine - 2 });
    current = [];
    size = payloadBytes(header);
  };
  for (const record of all.slice(headerAt + 1)) {
    const weight = payloadBytes(record.text) - 2; // each part's quotes are counted once, in the header's size
    if (current.length > 0 && size + weight > maxPayloadBytes) flush();
    current.push(record);
    size += weight;
  }
  flush();
  return parts;
}

/** A line the server named in a part, as the line of the whole file (line 1 is the header in both). */
export const fileLine = (part: CsvPart, partLine: number): number => (partLine <= 1 ? partLine : partLine + part.lineOffset);
