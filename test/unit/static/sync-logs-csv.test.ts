/** The sync log's CSV export: every column an entry has, RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
import type { SyncLogEntry } from '../../../src/sync/logs/sync-log-types';
import { csvCell, toCsv } from '../../../static/src/sync-logs/sync-log-csv';

const entry: SyncLogEntry = {
  at: Date.parse('2026-03-02T09:00:00Z'),
  integrationId: 'i',
  direction: 'to-jira',
  action: 'backfill.item',
  result: 'error',
  ticketId: '7',
  issueKey: 'ENG-7',
  issueId: '10007',
  title: 'Printer "on fire", again',
  errorKind: 'invalid',
  reason: '=HYPERLINK("x")',
};

test('a header, then one line an entry, quoted where needed', () => {
  expect(toCsv([entry]).split('\r\n')).toEqual([
    'at,direction,action,result,ticketId,issueKey,issueId,title,errorKind,reason',
    `2026-03-02T09:00:00.000Z,to-jira,backfill.item,error,7,ENG-7,10007,"Printer ""on fire"", again",invalid,"'=HYPERLINK(""x"")"`,
  ]);
});

test('cells: empty for nothing, formulas defused, line breaks kept inside quotes', () => {
  expect(csvCell(undefined)).toBe('');
  expect(csvCell('+1')).toBe("'+1");
  expect(csvCell('-2')).toBe("'-2");
  expect(csvCell('a\nb')).toBe('"a\nb"');
  expect(csvCell('plain')).toBe('plain');
});
