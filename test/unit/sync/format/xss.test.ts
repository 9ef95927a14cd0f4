import type { JiraAdfDoc } from '../../../../src/sync/format/adf';
import { adfToHtml } from '../../../../src/sync/format/adf-to-html';
import { htmlToAdf } from '../../../../src/sync/format/html-to-adf';
import { adfToPlainText } from '../../../../src/sync/format/plain-text';
import { doc, fromHtml, link, p, t } from './adf-builders';
import { htmlHazards } from './adf-validity';

/**
 * What one side writes is shown to agents on the other side, so each direction must neutralize
 * hostile content: nothing executable reaches Jira, nothing from Jira becomes markup in a help desk.
 */
describe('help-desk HTML with attacks: nothing executable reaches Jira, the words do', () => {
  test.each([
    ['<script>alert(1)</script><p>hi</p>', doc(p(t('hi')))],
    ['<p onclick="alert(1)" style="x:expression(alert(1))">hi</p>', doc(p(t('hi')))],
    ['<img src=x onerror=alert(1)>', doc(p(t('[image]')))],
    ['<img src="javascript:alert(1)" alt="x">', doc(p(t('[image: x]')))],
    ['<a href="javascript:alert(1)">click</a>', doc(p(t('click')))],
    ['<a href="JaVaScRiPt:alert(1)">click</a>', doc(p(t('click')))],
    ['<a href=" java&#x09;script:alert(1)">click</a>', doc(p(t('click')))],
    ['<a href="&#106;avascript:alert(1)">click</a>', doc(p(t('click')))],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">click</a>', doc(p(t('click')))],
    ['<a href="vbscript:msgbox(1)">click</a>', doc(p(t('click')))],
    ['<a href="https://ok.example/" onclick="alert(1)" target="_blank">ok</a>', doc(p(t('ok', link('https://ok.example/'))))],
    ['<svg onload=alert(1)><text>svg</text></svg><math><mi xlink:href="javascript:alert(1)">m</mi></math>', doc()],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe><object data="x.swf"></object><embed src="x">', doc()],
    ['<body onload="alert(1)"><p>body</p></body>', doc(p(t('body')))],
    ['<style>@import "javascript:alert(1)";</style><noscript><p>no</p></noscript>', doc()],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', doc(p(t('<script>alert(1)</script>')))],
  ])('%s', (html, expected) => {
    const result = fromHtml(html);
    expect(result).toEqual(expected);
    expect(JSON.stringify(result)).not.toMatch(/javascript:|onerror|onclick|onload|vbscript|data:text/i);
  });
});

describe('Jira content with attacks: escaped text, no markup, no dangerous links in the help desk', () => {
  const jira = (...content: unknown[]): JiraAdfDoc => ({ type: 'doc', version: 1, content });
  const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
  const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks && { marks }) });

  test.each([
    ['text', jira(paragraph(text('<script>alert(1)</script><img src=x onerror=alert(1)>'))), '<script>alert(1)</script><img src=x onerror=alert(1)>'],
    ['javascript: link', jira(paragraph(text('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))), 'click'],
    ['href breaking out of its attribute', jira(paragraph(text('x', [{ type: 'link', attrs: { href: 'https://a.example/" onmouseover="alert(1)' } }]))), 'x'],
    ['code block language breaking out of its class', jira({ type: 'codeBlock', attrs: { language: '"><script>alert(1)</script>' }, content: [text('</code></pre><script>alert(2)</script>')] }), '</code></pre><script>alert(2)</script>'],
    ['mention and status text', jira(paragraph({ type: 'mention', attrs: { id: '1', text: '<b onmouseover=alert(1)>' } }, { type: 'status', attrs: { text: '</p><script>', color: 'red' } })), '@<b onmouseover=alert(1)></p><script>'],
    ['card and media URLs', jira(paragraph({ type: 'inlineCard', attrs: { url: 'javascript:alert(1)' } }), { type: 'blockCard', attrs: { url: 'data:text/html,<script>' } }, { type: 'media', attrs: { type: 'external', url: 'javascript:alert(1)', alt: '"><svg onload=alert(1)>' } }), 'javascript:alert(1)\n\ndata:text/html,<script>\n\n[image: "><svg onload=alert(1)>]'],
    ['attributes that are not numbers', jira({ type: 'heading', attrs: { level: '1 onclick=alert(1)' }, content: [text('h')] }, { type: 'orderedList', attrs: { order: '2" onclick="x' }, content: [{ type: 'listItem', content: [paragraph(text('i'))] }] }, { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: '2" onclick="x' }, content: [paragraph(text('c'))] }] }] }), 'h\n\n1. i\n\nc'],
    ['expand title', jira({ type: 'expand', attrs: { title: '<script>alert(1)</script>' }, content: [paragraph(text('x'))] }), '<script>alert(1)</script>\n\nx'],
  ])('%s', (_name, document, words) => {
    const html = adfToHtml(document);
    expect(htmlHazards(html)).toEqual([]);
    // Hostile strings may remain as visible, escaped text; never as tags or link targets.
    expect(html).not.toMatch(/<(script|img|svg|b )|href="(javascript|data)/i);
    // The words are still there, as text.
    expect(adfToPlainText(htmlToAdf(html))).toBe(words);
  });

  test('escaped text reads back as the very same characters', () => {
    const hostile = '<script>alert("x")</script> & \'quotes\' &amp; &nbsp;';
    expect(htmlToAdf(adfToHtml(jira(paragraph(text(hostile)))))).toEqual(doc(p(t(hostile))));
  });
});
