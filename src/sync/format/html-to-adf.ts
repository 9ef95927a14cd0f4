import type { AdfDoc } from './adf';
import { BlockBuilder } from './block-builder';
import { parseHtml } from './html-dom';
import { NO_MARKS } from './marks';
import { walkNodes } from './html-walk';

/**
 * Converts help-desk HTML (ticket descriptions, replies, notes) to a Jira ADF document.
 *
 * The same text reaches us in each vendor's own markup, and all of it must read the same in Jira:
 * Freshdesk wraps every line in `<div>` and writes a blank line as `<div><br></div>`; Zendesk
 * writes `<p>`s in a `zd-comment` wrapper, indented with newlines; Intercom adds classes and
 * containers; tickets created from e-mail bring layout tables, hidden preheaders, inline styles
 * instead of `<b>`, and Outlook's `<o:p>`. So the conversion follows what a browser shows rather
 * than the tags used: wrappers are unwrapped, whitespace is laid out, unknown tags keep their text.
 *
 * What is kept: paragraphs and line breaks, headings h1–h6, bold, italic, underline, strike,
 * inline code, code blocks with their language, ordered (with start) and bullet lists at any
 * nesting, quotes, links (http, https, mailto only), rules and data tables. Whitespace is laid out
 * as a browser would (see `InlineRun`), entities are decoded.
 *
 * What is deliberately lost, and why:
 * - scripts, styles, event attributes, hidden content: never shown to a reader, never copied;
 * - links with any other scheme (`javascript:`, `data:`, relative): their text stays, plain;
 * - images: help-desk attachments are not synced, so `[image: alt]`, linked to a web source;
 * - colours, fonts, alignment, sub/superscript, classes: Jira documents have no place for them
 *   from a help desk, the words stay;
 * - structure ADF cannot hold in that place (a heading in a list item, a quote in a quote, a
 *   table in a cell, layout tables): kept as paragraphs, text intact;
 * - other formatting on inline code: ADF combines code only with a link.
 *
 * Guarantees sync relies on: the result always validates against Atlassian's ADF schema (empty
 * input gives a document without content, which Jira accepts), and it is canonical: converting
 * `adfToHtml` of it back gives the identical document, so a write never looks like a new change
 * when it is read back. Plain-text sources (ServiceNow) go through `plainTextToAdf` instead, since
 * in HTML a newline is just a space.
 */
export function htmlToAdf(html: string): AdfDoc {
  const root = new BlockBuilder('doc', 0);
  walkNodes(parseHtml(typeof html === 'string' ? html : ''), NO_MARKS, root, 0);
  return { type: 'doc', version: 1, content: root.finish() };
}
