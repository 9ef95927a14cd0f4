import fc from 'fast-check';
import type { AdfBlock, AdfDoc, AdfInline, AdfListItem, AdfMark, AdfTableCell, HeadingLevel } from '../../../../src/sync/format/adf';

/**
 * Generators for the round-trip properties.
 *
 * `canonicalDoc` builds documents of the supported subset in canonical form, written from the
 * ADF spec and the rules documented on `htmlToAdf` (not by calling the converter): text without
 * collapsible whitespace at its edges or in runs, adjacent text with different marks, marks in
 * schema order, code combined only with a link, structure only where ADF admits it.
 * `messyDoc` is what any API client could have stored in Jira; `htmlish` is what any help desk
 * (or attacker) could send.
 */

const CHARS = Array.from('aZ09<>&"\'/=;:#@%?!.,-_*`[]{}()\\|~^$+\u00a0éß漢字😀\u2028\ufeff');
const plainChar = fc.constantFrom(...CHARS);
const anyGrapheme = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }).filter((s) => !/[\t\n\f\r \u0000-\u001f\u007f]/.test(s));
const word = fc.oneof(
  { weight: 4, arbitrary: fc.array(plainChar, { minLength: 1, maxLength: 6 }).map((chars) => chars.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('&amp;', '<script>alert(1)</script>', 'javascript:alert(1)', '&nbsp;', '<b>x</b>', '-->') },
  { weight: 1, arbitrary: anyGrapheme },
);
/** Words joined by single spaces: no whitespace a browser would collapse or trim. */
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));

const href = fc.oneof(fc.webUrl(), fc.constantFrom('https://example.com/a?b=1&c=2#x', 'mailto:help@example.com', 'http://example.com/"q"<x>\''));
const MARK_TYPES = ['em', 'strong', 'strike', 'underline'] as const;
const marks: fc.Arbitrary<AdfMark[]> = fc
  .record({ link: fc.option(href, { nil: undefined }), code: fc.boolean(), flags: fc.subarray([...MARK_TYPES]) })
  .map(({ link, code, flags }) => [
    ...(link !== undefined ? [{ type: 'link' as const, attrs: { href: link } }] : []),
    ...(code ? [{ type: 'code' as const }] : flags.map((type) => ({ type }))),
  ]);

const sameMarks = (a: AdfMark[] = [], b: AdfMark[] = []) => JSON.stringify(a) === JSON.stringify(b);

const inlineContent: fc.Arbitrary<AdfInline[]> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.record({ text, marks }) }, { weight: 1, arbitrary: fc.constant('break' as const) }), { maxLength: 5 })
  .map((items) => {
    const out: AdfInline[] = [];
    for (const item of items) {
      const last = out.at(-1);
      if (item === 'break') out.push({ type: 'hardBreak' });
      else if (last?.type === 'text' && sameMarks(last.marks, item.marks)) last.text += item.text;
      else out.push(item.marks.length > 0 ? { type: 'text', text: item.text, marks: item.marks } : { type: 'text', text: item.text });
    }
    return out;
  });

const paragraph = inlineContent.map((content): AdfBlock => ({ type: 'paragraph', content }));
const heading = fc.record({ level: fc.constantFrom<HeadingLevel>(1, 2, 3, 4, 5, 6), content: inlineContent }).map(
  ({ level, content }): AdfBlock => ({ type: 'heading', attrs: { level }, content }),
);
const codeText = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[\r\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, ''));
const codeBlock = fc
  .record({ language: fc.option(fc.constantFrom('js', 'python', 'c++', 'TypeScript', 'x"y<z'), { nil: undefined }), code: fc.oneof(codeText, fc.constantFrom('\n  indented\n\ttab\n', '</code></pre><script>x</script>', '')) })
  .map(({ language, code }): AdfBlock => ({
    type: 'codeBlock',
    ...(language !== undefined && { attrs: { language } }),
    content: code ? [{ type: 'text', text: code }] : [],
  }));

/** Blocks allowed in a list item or quote at `depth` nesting levels. */
function simpleBlock(depth: number): fc.Arbitrary<AdfBlock> {
  return depth <= 0 ? fc.oneof(paragraph, codeBlock) : fc.oneof({ weight: 3, arbitrary: paragraph }, codeBlock, list(depth - 1));
}

function list(depth: number): fc.Arbitrary<AdfBlock> {
  const item = fc.array(simpleBlock(depth), { minLength: 1, maxLength: 3 }).map((content): AdfListItem => ({ type: 'listItem', content }));
  const items = fc.array(item, { minLength: 1, maxLength: 3 });
  const order = fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined });
  return fc.oneof(
    items.map((content): AdfBlock => ({ type: 'bulletList', content })),
    fc.record({ content: items, order }).map(({ content, order: start }): AdfBlock =>
      start === undefined || start === 1 ? { type: 'orderedList', content } : { type: 'orderedList', attrs: { order: start }, content },
    ),
  );
}

const blockquote = fc.array(simpleBlock(1), { minLength: 1, maxLength: 3 }).map((content): AdfBlock => ({ type: 'blockquote', content }));
const rule = fc.constant<AdfBlock>({ type: 'rule' });

const cell = fc
  .record({
    header: fc.boolean(),
    colspan: fc.option(fc.integer({ min: 2, max: 4 }), { nil: undefined }),
    rowspan: fc.option(fc.integer({ min: 2, max: 3 }), { nil: undefined }),
    content: fc.array(fc.oneof(paragraph, heading, codeBlock, list(1), blockquote, rule), { minLength: 1, maxLength: 3 }),
  })
  .map(({ header, colspan, rowspan, content }): AdfTableCell => {
    const attrs = { ...(colspan !== undefined && { colspan }), ...(rowspan !== undefined && { rowspan }) };
    const type = header ? 'tableHeader' : 'tableCell';
    return Object.keys(attrs).length > 0 ? { type, attrs, content } : { type, content };
  });
const table = fc
  .array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .map((rows): AdfBlock => ({ type: 'table', content: rows.map((content) => ({ type: 'tableRow', content })) }));

export const canonicalDoc: fc.Arbitrary<AdfDoc> = fc
  .array(fc.oneof({ weight: 4, arbitrary: paragraph }, heading, codeBlock, list(2), blockquote, rule, table), { maxLength: 6 })
  .map((content) => ({ type: 'doc', version: 1, content }));

const NODE_TYPES = ['paragraph', 'text', 'hardBreak', 'heading', 'bulletList', 'orderedList', 'listItem', 'codeBlock', 'blockquote', 'rule', 'table', 'tableRow', 'tableCell', 'tableHeader', 'mention', 'emoji', 'status', 'date', 'inlineCard', 'blockCard', 'panel', 'expand', 'mediaSingle', 'media', 'mediaGroup', 'mediaInline', 'taskList', 'taskItem', 'decisionList', 'decisionItem', 'layoutSection', 'layoutColumn', 'extension', 'bodiedExtension', 'placeholder', 'somethingNew'];
const attrValue = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.integer({ min: -3, max: 9 }), href, fc.constantFrom('javascript:alert(1)', 'DONE', 'external', '@Jane', '1700000000000'), fc.constant(null));
const messyMark = fc.record({ type: fc.constantFrom('strong', 'em', 'code', 'link', 'underline', 'strike', 'textColor', 'subsup', 'bogus'), attrs: fc.option(fc.dictionary(fc.constantFrom('href', 'color', 'type'), attrValue), { nil: undefined }) });

const messy = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('text'), text: fc.oneof(text, fc.string({ unit: 'binary', maxLength: 20 })), marks: fc.array(messyMark, { maxLength: 3 }) }),
    fc.record(
      {
        type: fc.constantFrom(...NODE_TYPES),
        attrs: fc.dictionary(fc.constantFrom('level', 'order', 'language', 'text', 'shortName', 'url', 'href', 'state', 'alt', 'type', 'title', 'timestamp', 'colspan'), attrValue),
        content: fc.array(tie('node'), { maxLength: 4 }),
        marks: fc.array(messyMark, { maxLength: 2 }),
        text: fc.string({ maxLength: 6 }),
      },
      { requiredKeys: ['type'] },
    ),
    fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 4 })),
  ),
}));

/** Any document an API client could have stored: Jira-only and unknown types, odd attributes and marks, hostile text. */
export const messyDoc = fc.array(messy.node, { maxLength: 5 }).map((content) => ({ type: 'doc' as const, version: 1 as const, content }));

const FRAGMENTS = ['<p>', '</p>', '<div>', '</div>', '<br>', '<b>', '</b>', '<i>', '</i>', '<u>', '<s>', '<code>', '</code>', '<a href="http://example.com/x?a=1&amp;b=2">', '<a href="javascript:alert(1)">', '<a href=" JaVa\tScRiPt:alert(1)">', '</a>', '<ul>', '<ol start="3">', '<li>', '</li>', '</ul>', '</ol>', '<pre>', '<pre>\n', '<code class="language-js">', '</pre>', '<table>', '<tr>', '<td>', '<th colspan="2">', '</td>', '</tr>', '</table>', '<table role="presentation">', '<blockquote>', '</blockquote>', '<h1>', '</h1>', '<h3>', '</h3>', '<hr>', '<img src="https://example.com/i.png" alt="pic">', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<style>p{color:red}</style>', '<span style="font-weight:bold">', '</span>', '<div style="display:none">hidden</div>', '&nbsp;', '&amp;', '&lt;', '&#0;', '&#x1F600;', '&copy', ' ', '  ', '\n', '\t', '\r\n', '<!-- c -->', '<o:p>', '</o:p>', '<svg onload=alert(1)>', '<iframe src="javascript:alert(1)">'];

/** Strings that look like help-desk HTML, broken or hostile, mixed with arbitrary text. */
export const htmlish = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 2, arbitrary: word }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }), { maxLength: 40 })
  .map((parts) => parts.join(''));
