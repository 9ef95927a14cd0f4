import type { SyncLogEntry } from '../../../src/sync/logs/sync-log-types';

/** The columns of an export, in order: everything an entry holds (ids, title, outcome), nothing more. */
const COLUMNS: (keyof SyncLogEntry)[] = ['at', 'direction', 'action', 'result', 'ticketId', 'issueKey', 'issueId', 'title', 'errorKind', 'reason'];

/** RFC 4180: quoted when needed, quotes doubled; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(entries: SyncLogEntry[]): string {
  const lines = entries.map((entry) => COLUMNS.map((column) => csvCell(column === 'at' ? new Date(entry.at).toISOString() : entry[column])).join(','));
  return [COLUMNS.join(','), ...lines].join('\r\n');
}
