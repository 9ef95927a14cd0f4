import type { AdfBlock, AdfDoc, JiraAdfDoc } from './adf';
import { adfToHtml } from './adf-to-html';
import { htmlToAdf } from './html-to-adf';

/**
 * Whether two documents say the same thing, as far as sync is concerned.
 *
 * Sync must not treat its own write, read back, as a new change (that is how echo loops start),
 * and it must not overwrite a rich Jira description with the poorer copy a help desk sends back.
 * Comparing JSON is useless for both: Jira adds `localId`s and `attrs` defaults, orders marks its
 * own way and keeps mentions and panels a help desk cannot hold; help-desk editors re-indent,
 * pad with `&nbsp;` and append blank lines. So both documents are first reduced to what survives
 * a trip through a help desk, then compared:
 * - projected through HTML (`htmlToAdf(adfToHtml(doc))`): the canonical form of the supported
 *   subset, where Jira-only nodes are the text they show (a mention is `@Name`, so renaming the
 *   mention is a change but a new `localId` is not);
 * - no-break spaces count as spaces and whitespace collapses as in a browser, so `a&nbsp; b`,
 *   `a  b` and `a b` are the same text;
 * - empty paragraphs at the start or end are ignored (editors add and remove them freely).
 * Everything else is content: wording, formatting, links, structure, code.
 */
export function normalizeForComparison(doc: JiraAdfDoc): AdfDoc {
  // In Deskbridge's own HTML a no-break space is always written `&nbsp;` (see escapeHtml).
  const projected = htmlToAdf(adfToHtml(doc).replace(/&nbsp;/g, ' '));
  const content = [...projected.content];
  while (content.length > 0 && isBlank(content[0])) content.shift();
  while (content.length > 0 && isBlank(content[content.length - 1])) content.pop();
  return { type: 'doc', version: 1, content };
}

const isBlank = (block: AdfBlock): boolean => block.type === 'paragraph' && block.content.length === 0;

/**
 * True when `a` and `b` differ only in ways a help desk cannot show or does not keep; the sync
 * engine's test for "did this description or comment really change?".
 */
export function sameContent(a: JiraAdfDoc, b: JiraAdfDoc): boolean {
  // Not JSON.stringify(a) first: a hostile document can nest deeper than it can recurse. The
  // normalized forms are bounded in depth, and come out of the same builder, so equal documents
  // serialize to equal strings.
  return JSON.stringify(normalizeForComparison(a)) === JSON.stringify(normalizeForComparison(b));
}

/** {@link sameContent} for two help-desk HTML bodies (a ticket read before and after an update). */
export const sameHtmlContent = (a: string, b: string): boolean => sameContent(htmlToAdf(a), htmlToAdf(b));
