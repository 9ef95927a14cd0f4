import { parseCsv } from '../../../src/identity/identity-map/csv-parse';

test('records with the line each starts on; quotes, escaped quotes, commas and line breaks inside quotes', () => {
  const csv = 'tool,contactId,accountId\n"zendesk","a ""b"", c",x:1\r\n\r\nfreshdesk,"two\nlines",y-2\nintercom , 3 ,z';
  expect(parseCsv(csv)).toEqual([
    { line: 1, fields: ['tool', 'contactId', 'accountId'] },
    { line: 2, fields: ['zendesk', 'a "b", c', 'x:1'] },
    { line: 4, fields: ['freshdesk', 'two\nlines', 'y-2'] },
    { line: 6, fields: ['intercom', '3', 'z'] },
  ]);
});

test('a byte order mark, a missing final newline, trailing blank lines and lone CRs', () => {
  expect(parseCsv('\uFEFFa,b\rc,d\n\n\n')).toEqual([
    { line: 1, fields: ['a', 'b'] },
    { line: 2, fields: ['c', 'd'] },
  ]);
  expect(parseCsv('')).toEqual([]);
  expect(parseCsv('only')).toEqual([{ line: 1, fields: ['only'] }]);
  expect(parseCsv('a,,\n')).toEqual([{ line: 1, fields: ['a', '', ''] }]);
});
