import type { AdfBlock, AdfDoc, AdfInline, AdfListItem, AdfMark, AdfText, HeadingLevel } from '../../../../src/sync/format/adf';
import { adfToHtml } from '../../../../src/sync/format/adf-to-html';
import { htmlToAdf } from '../../../../src/sync/format/html-to-adf';
import { expectValidAdf } from './adf-validity';

/**
 * Short builders for expected documents, and the conversion every example test goes through:
 * each produced document is checked against Atlassian's schema and for the fixed point, so no
 * example can pass while producing something Jira would reject or sync would echo.
 */

export const doc = (...content: AdfBlock[]): AdfDoc => ({ type: 'doc', version: 1, content });
export const p = (...content: AdfInline[]): AdfBlock => ({ type: 'paragraph', content });
export const h = (level: HeadingLevel, ...content: AdfInline[]): AdfBlock => ({ type: 'heading', attrs: { level }, content });
export const br: AdfInline = { type: 'hardBreak' };
export const t = (text: string, ...marks: AdfMark[]): AdfText => (marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });

export const strong: AdfMark = { type: 'strong' };
export const em: AdfMark = { type: 'em' };
export const underline: AdfMark = { type: 'underline' };
export const strike: AdfMark = { type: 'strike' };
export const code: AdfMark = { type: 'code' };
export const link = (href: string): AdfMark => ({ type: 'link', attrs: { href } });

export const li = (...content: AdfBlock[]): AdfListItem => ({ type: 'listItem', content });
export const ul = (...content: AdfListItem[]): AdfBlock => ({ type: 'bulletList', content });
export const ol = (order: number, ...content: AdfListItem[]): AdfBlock =>
  order === 1 ? { type: 'orderedList', content } : { type: 'orderedList', attrs: { order }, content };
export const quote = (...content: AdfBlock[]): AdfBlock => ({ type: 'blockquote', content });
export const codeBlock = (text: string, language?: string): AdfBlock => ({
  type: 'codeBlock',
  ...(language !== undefined && { attrs: { language } }),
  content: text ? [{ type: 'text', text }] : [],
});
export const rule: AdfBlock = { type: 'rule' };

/** htmlToAdf, checked: valid for Jira, and a second trip through HTML changes nothing. */
export function fromHtml(html: string): AdfDoc {
  const result = htmlToAdf(html);
  expectValidAdf(result);
  const written = adfToHtml(result);
  expect(htmlToAdf(written)).toEqual(result);
  expect(adfToHtml(htmlToAdf(written))).toBe(written);
  return result;
}

/** adfToHtml of a document in the supported subset, checked to read back as the same document. */
export function toHtml(document: AdfDoc): string {
  expectValidAdf(document);
  const html = adfToHtml(document);
  expect(htmlToAdf(html)).toEqual(document);
  return html;
}
