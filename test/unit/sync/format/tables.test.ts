import type { AdfBlock, AdfTableCell } from '../../../../src/sync/format/adf';
import { doc, fromHtml, h, li, p, t, toHtml, ul, strong } from './adf-builders';

const cell = (...content: AdfBlock[]): AdfTableCell => ({ type: 'tableCell', content });
const header = (...content: AdfBlock[]): AdfTableCell => ({ type: 'tableHeader', content });
const row = (...content: AdfTableCell[]) => ({ type: 'tableRow' as const, content });
const table = (...content: ReturnType<typeof row>[]): AdfBlock => ({ type: 'table', content });

describe('tables', () => {
  test('a data table stays a table: header cells, spans, blocks inside cells, empty cells', () => {
    const html =
      '<table><thead><tr><th>Item</th><th colspan="2">Qty</th></tr></thead>' +
      '<tbody><tr><td>Router</td><td rowspan="2"><ul><li>2</li></ul></td><td></td></tr></tbody></table>';
    expect(fromHtml(html)).toEqual(
      doc(
        table(
          row(header(p(t('Item'))), { type: 'tableHeader', attrs: { colspan: 2 }, content: [p(t('Qty'))] }),
          row(cell(p(t('Router'))), { type: 'tableCell', attrs: { rowspan: 2 }, content: [ul(li(p(t('2'))))] }, cell(p())),
        ),
      ),
    );
  });

  test('rows without <tbody>, unclosed cells and text between rows (shown before the table, as browsers do)', () => {
    expect(fromHtml('<table><tr><td>a<td>b<tr><td>c</table>')).toEqual(doc(table(row(cell(p(t('a'))), cell(p(t('b')))), row(cell(p(t('c')))))));
    expect(fromHtml('<table>stray<tr><td>a</td></tr></table>')).toEqual(doc(p(t('stray')), table(row(cell(p(t('a')))))));
    expect(fromHtml('<table><caption>Orders</caption><tr><td>a</td></tr></table>')).toEqual(doc(p(t('Orders')), table(row(cell(p(t('a')))))));
    expect(fromHtml('<table><tr></tr></table>')).toEqual(doc());
  });

  test('layout tables (e-mail templates) become paragraphs, a data table inside them stays a table', () => {
    const email =
      '<table width="100%"><tr><td><h1>Acme Support</h1></td></tr><tr><td>Your ticket was updated.' +
      '<table><tr><th>Status</th><td>Open</td></tr></table></td></tr></table>';
    expect(fromHtml(email)).toEqual(doc(h(1, t('Acme Support')), p(t('Your ticket was updated.')), table(row(header(p(t('Status'))), cell(p(t('Open')))))));
    expect(fromHtml('<table role="presentation"><tr><td>left</td><td>right</td></tr></table>')).toEqual(doc(p(t('left')), p(t('right'))));
  });

  test('where ADF allows no table (inside a list item), its cells become paragraphs', () => {
    expect(fromHtml('<ul><li>see:<table><tr><td>a</td><td><b>b</b></td></tr></table></li></ul>')).toEqual(doc(ul(li(p(t('see:')), p(t('a')), p(t('b', strong))))));
  });

  test('a Jira table is written with <th>/<td>, spans and <p> in cells, and reads back the same', () => {
    const jira = doc(
      table(
        row(header(p(t('Name'))), { type: 'tableHeader', attrs: { colspan: 2, rowspan: 3 }, content: [h(3, t('Notes'))] }),
        row(cell(p()), cell(p(t('x')), ul(li(p(t('y')))))),
      ),
    );
    expect(toHtml(jira)).toBe(
      '<table><tbody><tr><th><p>Name</p></th><th colspan="2" rowspan="3"><h3>Notes</h3></th></tr>' +
        '<tr><td><p><br></p></td><td><p>x</p><ul><li>y</li></ul></td></tr></tbody></table>',
    );
  });
});
