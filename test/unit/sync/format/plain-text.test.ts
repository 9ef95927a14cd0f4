import type { JiraAdfDoc } from '../../../../src/sync/format/adf';
import { adfToPlainText, htmlToPlainText, plainTextSummary, plainTextToAdf } from '../../../../src/sync/format/plain-text';
import { br, codeBlock, doc, h, li, ol, p, quote, rule, strong, t, ul } from './adf-builders';

describe('plain text', () => {
  test('ADF reads as text a person (or ServiceNow) can use: paragraphs, lists, quotes, code, tables', () => {
    const document = doc(
      h(2, t('Outage')),
      p(t('VPN fails with '), t('809', strong), br, t('since 9:00')),
      ul(li(p(t('restart')), ul(li(p(t('twice'))))), li(p(t('call')), p(t('back')))),
      ol(3, li(p(t('three'))), li(p(t('four')))),
      quote(p(t('quoted')), p(t('more'))),
      codeBlock('if (a)\n  b();'),
      rule,
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [p(t('k'))] }, { type: 'tableCell', content: [p(t('v')), p(t('w'))] }] }] },
    );
    expect(adfToPlainText(document)).toBe(
      'Outage\n\nVPN fails with 809\nsince 9:00\n\n- restart\n  - twice\n- call\n  back\n\n3. three\n4. four\n\n> quoted\n>\n> more\n\nif (a)\n  b();\n\n---\n\nk | v w',
    );
  });

  test('Jira-only nodes read as their words; malformed input reads as empty', () => {
    const jira: JiraAdfDoc = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', content: [{ type: 'mention', attrs: { id: '1', text: '@Sam' } }, { type: 'text', text: ' ' }, { type: 'emoji', attrs: { shortName: ':tada:', text: '🎉' } }, { type: 'status', attrs: { text: 'DONE', color: 'green' } }] },
        { type: 'taskList', attrs: { localId: 'x' }, content: [{ type: 'taskItem', attrs: { localId: 'y', state: 'DONE' }, content: [{ type: 'text', text: 'ship' }] }] },
        { type: 'mediaSingle', content: [{ type: 'media', attrs: { id: '1', type: 'file', collection: 'c', alt: 'log.txt' } }] },
      ],
    };
    expect(adfToPlainText(jira)).toBe('@Sam 🎉DONE\n\n[x] ship\n\n[attachment: log.txt]');
    expect(adfToPlainText(null as unknown as JiraAdfDoc)).toBe('');
  });

  test('help-desk HTML reads as its visible text', () => {
    expect(htmlToPlainText('<div>Hello&nbsp;<b>Casey</b>,</div><div><br></div><div>See<br>below.</div><script>x</script>')).toBe('Hello\u00a0Casey,\n\nSee\nbelow.');
    expect(htmlToPlainText('')).toBe('');
  });

  test('plain text to ADF and back keeps paragraphs and lines', () => {
    const text = 'Line one\nline two\n\nSecond paragraph';
    expect(plainTextToAdf(text)).toEqual(doc(p(t('Line one'), br, t('line two')), p(t('Second paragraph'))));
    expect(adfToPlainText(plainTextToAdf(text))).toBe(text);
  });

  test('a summary is one line, cut at a word, never longer than asked', () => {
    expect(plainTextSummary('  Printer\n\non   fire ', 100)).toBe('Printer on fire');
    expect(plainTextSummary('The printer on the third floor is on fire', 20)).toBe('The printer on the…');
    expect(plainTextSummary('Supercalifragilistic', 10)).toBe('Supercali…');
    expect(plainTextSummary('The printer on the third floor', 20).length).toBeLessThanOrEqual(20);
  });
});
