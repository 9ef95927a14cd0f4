import type { JiraAdfDoc } from '../../../../src/sync/format/adf';
import { adfToHtml } from '../../../../src/sync/format/adf-to-html';
import { htmlToAdf } from '../../../../src/sync/format/html-to-adf';
import { br, code, codeBlock, doc, em, h, li, link, ol, p, quote, rule, strike, strong, t, toHtml, ul, underline } from './adf-builders';
import { expectValidAdf, htmlHazards } from './adf-validity';

const jira = (...content: unknown[]): JiraAdfDoc => ({ type: 'doc', version: 1, content });

/** Jira-only content: HTML a help desk can show, safe, and stable after one trip back. */
function render(document: JiraAdfDoc): string {
  const html = adfToHtml(document);
  expect(htmlHazards(html)).toEqual([]);
  const read = htmlToAdf(html);
  expectValidAdf(read);
  expect(adfToHtml(read)).toBe(html);
  return html;
}

describe('adfToHtml: nodes and marks both sides know (and read back unchanged)', () => {
  test('paragraphs, breaks, empty lines and headings', () => {
    expect(toHtml(doc())).toBe('');
    expect(toHtml(doc(p(t('a'), br, t('b')), p(), p(t('end'), br)))).toBe('<p>a<br>b</p><p><br></p><p>end<br><br></p>');
    expect(toHtml(doc(h(1, t('Title')), h(6, t('small'))))).toBe('<h1>Title</h1><h6>small</h6>');
  });

  test('marks nest in one canonical order, shared marks stay open', () => {
    expect(toHtml(doc(p(t('a', strong), t('b', em, strong), t('c', strong, underline), t('d', strike), t('e', code))))).toBe(
      '<p><strong>a</strong><em><strong>b</strong></em><strong><u>c</u></strong><s>d</s><code>e</code></p>',
    );
    expect(toHtml(doc(p(t('see ', link('https://ex.com/?a=1&b="2"')), t('docs', link('https://ex.com/?a=1&b="2"'), strong))))).toBe(
      '<p><a href="https://ex.com/?a=1&amp;b=&quot;2&quot;">see <strong>docs</strong></a></p>',
    );
    expect(toHtml(doc(p(t('cmd', link('mailto:a@b.c'), code))))).toBe('<p><a href="mailto:a@b.c"><code>cmd</code></a></p>');
  });

  test('code blocks with and without language; code is escaped, never markup', () => {
    expect(toHtml(doc(codeBlock('if (a < b && c) {\n  x();\n}', 'javascript')))).toBe(
      '<pre><code class="language-javascript">if (a &lt; b &amp;&amp; c) {\n  x();\n}</code></pre>',
    );
    expect(toHtml(doc(codeBlock('\nstarts with a newline'), codeBlock('')))).toBe('<pre><code>\nstarts with a newline</code></pre><pre><code></code></pre>');
  });

  test('lists write the first paragraph of an item without <p>, keep nesting and start', () => {
    expect(toHtml(doc(ul(li(p(t('a')), ul(li(p(t('b'))))), li(p(t('c')), p(t('d')))), ol(4, li(p())), ol(0, li(codeBlock('x')))))).toBe(
      '<ul><li>a<ul><li>b</li></ul></li><li>c<p>d</p></li></ul><ol start="4"><li><br></li></ol><ol start="0"><li><pre><code>x</code></pre></li></ol>',
    );
  });

  test('quotes and rules', () => {
    expect(toHtml(doc(quote(p(t('q')), ul(li(p(t('i'))))), rule))).toBe('<blockquote><p>q</p><ul><li>i</li></ul></blockquote><hr>');
  });

  test('text with newlines (written by API clients) shows the lines', () => {
    expect(render(jira({ type: 'paragraph', content: [{ type: 'text', text: 'one\ntwo' }] }))).toBe('<p>one<br>two</p>');
  });
});

describe('adfToHtml: Jira-only content, shown the nearest way a help desk can', () => {
  test('mention, emoji, status, date, inline card', () => {
    const html = render(
      jira({
        type: 'paragraph',
        content: [
          { type: 'mention', attrs: { id: '5be24ad8b1653240376955d2', text: '@Jane Doe', accessLevel: '', localId: 'x1' } },
          { type: 'text', text: ' ' },
          { type: 'mention', attrs: { id: '5be24ad8b1653240376955d2', text: 'Sam' } },
          { type: 'text', text: ' ' },
          { type: 'emoji', attrs: { shortName: ':grinning:', id: '1f600', text: '😀' } },
          { type: 'emoji', attrs: { shortName: ':custom-party:' } },
          { type: 'text', text: ' ' },
          { type: 'status', attrs: { text: 'IN PROGRESS', color: 'blue', localId: 's1' } },
          { type: 'text', text: ' due ' },
          { type: 'date', attrs: { timestamp: '1735689600000' } },
          { type: 'text', text: ' ' },
          { type: 'inlineCard', attrs: { url: 'https://acme.atlassian.net/browse/SUP-1' } },
        ],
      }),
    );
    expect(html).toBe(
      '<p>@Jane Doe @Sam 😀:custom-party: IN PROGRESS due 2025-01-01 <a href="https://acme.atlassian.net/browse/SUP-1">https://acme.atlassian.net/browse/SUP-1</a></p>',
    );
  });

  test('panel, expand, media, cards, tasks, decisions, layouts', () => {
    const html = render(
      jira(
        { type: 'panel', attrs: { panelType: 'warning' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Careful' }] }] },
        { type: 'expand', attrs: { title: 'Logs' }, content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'E42' }] }] },
        { type: 'mediaSingle', attrs: { layout: 'center' }, content: [{ type: 'media', attrs: { id: 'abc', type: 'file', collection: 'jira-1', alt: 'crash.png' } }] },
        { type: 'mediaGroup', content: [{ type: 'media', attrs: { type: 'external', url: 'https://cdn.ex.com/a.png' } }] },
        { type: 'blockCard', attrs: { url: 'https://ex.com/spec' } },
        { type: 'taskList', attrs: { localId: 't' }, content: [{ type: 'taskItem', attrs: { localId: 'a', state: 'DONE' }, content: [{ type: 'text', text: 'Reboot' }] }, { type: 'taskItem', attrs: { localId: 'b', state: 'TODO' }, content: [{ type: 'text', text: 'Call back' }] }] },
        { type: 'decisionList', attrs: { localId: 'd' }, content: [{ type: 'decisionItem', attrs: { localId: 'e', state: 'DECIDED' }, content: [{ type: 'text', text: 'Refund' }] }] },
        { type: 'layoutSection', content: [{ type: 'layoutColumn', attrs: { width: 50 }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'L' }] }] }, { type: 'layoutColumn', attrs: { width: 50 }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'R' }] }] }] },
        { type: 'extension', attrs: { extensionType: 'com.acme', extensionKey: 'chart' } },
      ),
    );
    expect(html).toBe(
      '<blockquote><p>Careful</p></blockquote><p><strong>Logs</strong></p><pre><code>E42</code></pre><p>[attachment: crash.png]</p>' +
        '<p><a href="https://cdn.ex.com/a.png">[image]</a></p><p><a href="https://ex.com/spec">https://ex.com/spec</a></p>' +
        '<ul><li>[x] Reboot</li><li>[ ] Call back</li></ul><ul><li>Refund</li></ul><p>L</p><p>R</p>',
    );
  });

  test('marks a help desk cannot show are dropped, the text stays; localIds and unknown nodes do not break it', () => {
    const html = render(
      jira(
        { type: 'paragraph', attrs: { localId: 'p1' }, marks: [{ type: 'alignment', attrs: { align: 'center' } }], content: [{ type: 'text', text: 'red', marks: [{ type: 'textColor', attrs: { color: '#ff0000' } }, { type: 'strong' }, { type: 'strong' }] }, { type: 'text', text: '2', marks: [{ type: 'subsup', attrs: { type: 'sup' } }] }] },
        { type: 'futureBlock', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kept' }] }] },
        { type: 'text', text: 'stray inline' },
        null,
        42,
      ),
    );
    expect(html).toBe('<p><strong>red</strong>2</p><p>kept</p><p>stray inline</p>');
    expect(adfToHtml(null as unknown as JiraAdfDoc)).toBe('');
    expect(adfToHtml({ type: 'doc', version: 1, content: 'nope' } as unknown as JiraAdfDoc)).toBe('');
  });
});
