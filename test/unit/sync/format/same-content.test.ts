import type { JiraAdfDoc } from '../../../../src/sync/format/adf';
import { adfToHtml } from '../../../../src/sync/format/adf-to-html';
import { htmlToAdf } from '../../../../src/sync/format/html-to-adf';
import { normalizeForComparison, sameContent, sameHtmlContent } from '../../../../src/sync/format/same-content';
import { code, codeBlock, doc, em, li, link, ol, p, strong, t, ul } from './adf-builders';
import { expectValidAdf } from './adf-validity';

/** A description as Jira's editor stores it: localIds, default attrs, its own mark order. */
const fromJiraEditor: JiraAdfDoc = {
  type: 'doc',
  version: 1,
  content: [
    {
      type: 'paragraph',
      attrs: { localId: 'a1' },
      content: [
        { type: 'text', text: 'Printer ' },
        { type: 'text', text: 'on fire', marks: [{ type: 'strong' }, { type: 'em' }] },
        { type: 'text', text: '  again ' },
        { type: 'mention', attrs: { id: '5be24ad8b1653240376955d2', text: '@Jane', localId: 'm1' } },
      ],
    },
    { type: 'orderedList', attrs: { order: 1, localId: 'l1' }, content: [{ type: 'listItem', attrs: { localId: 'i1' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'step' }] }] }] },
    { type: 'panel', attrs: { panelType: 'info' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'note' }] }] },
    { type: 'paragraph', content: [] },
  ],
};

describe('sameContent: what sync counts as a change', () => {
  test('a Jira description written to a help desk and read back is not a change (no echo)', () => {
    const html = adfToHtml(fromJiraEditor);
    const echoed = htmlToAdf(html);
    expectValidAdf(echoed);
    expect(sameContent(fromJiraEditor, echoed)).toBe(true);
    // ...even after the help desk's editor re-wraps and re-indents it.
    const rewrapped = `<div class="fr-view">\n${html.replace(/<\/p>/g, '</p>\n').replace(/ again/, '&nbsp;again')}<div><br></div></div>`;
    expect(sameContent(fromJiraEditor, htmlToAdf(rewrapped))).toBe(true);
    expect(sameHtmlContent(html, rewrapped)).toBe(true);
  });

  test('whitespace a reader cannot see, mark order and blank lines at the ends are not changes', () => {
    expect(sameContent(doc(p(t('a b'))), doc(p(t('a  b ')), p()))).toBe(true);
    expect(sameContent(doc(p(t('a\u00a0b'))), doc(p(t('a b'))))).toBe(true);
    expect(sameContent(doc(p(t('x', strong, em))), { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'strong' }, { type: 'em' }, { type: 'strong' }] }] }] })).toBe(true);
    expect(sameContent(doc(ol(1, li(p(t('s')))), p()), { type: 'doc', version: 1, content: [{ type: 'orderedList', attrs: { order: 1 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 's' }] }] }] }] })).toBe(true);
  });

  test.each([
    ['wording', doc(p(t('Printer on fire'))), doc(p(t('Printer on fire!')))],
    ['formatting', doc(p(t('on fire'))), doc(p(t('on fire', strong)))],
    ['a link target', doc(p(t('docs', link('https://a.example')))), doc(p(t('docs', link('https://b.example'))))],
    ['structure', doc(ul(li(p(t('x'))))), doc(p(t('x')))],
    ['code', doc(codeBlock('a  b', 'js')), doc(codeBlock('a b', 'js'))],
    ['a code language', doc(codeBlock('x', 'js')), doc(codeBlock('x', 'ts'))],
    ['inline code', doc(p(t('npm ci', code))), doc(p(t('npm ci')))],
    ['a blank line in the middle', doc(p(t('a')), p(t('b'))), doc(p(t('a')), p(), p(t('b')))],
  ])('a change of %s is a change', (_what, before, after) => {
    expect(sameContent(before, after)).toBe(false);
    expect(sameContent(after, before)).toBe(false);
  });

  test('a renamed mention is a change; a new localId is not', () => {
    const mention = (text: string, localId: string): JiraAdfDoc => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'mention', attrs: { id: '1', text, localId } }] }] });
    expect(sameContent(mention('@Jane', 'a'), mention('@Jane', 'b'))).toBe(true);
    expect(sameContent(mention('@Jane', 'a'), mention('@Janet', 'a'))).toBe(false);
  });

  test('the normalized form is a valid document and normalizing it again changes nothing', () => {
    const normalized = normalizeForComparison(fromJiraEditor);
    expectValidAdf(normalized);
    expect(normalized).toEqual(doc(p(t('Printer '), t('on fire', em, strong), t(' again @Jane')), ol(1, li(p(t('step')))), { type: 'blockquote', content: [p(t('note'))] }));
    expect(normalizeForComparison(normalized)).toEqual(normalized);
  });
});
