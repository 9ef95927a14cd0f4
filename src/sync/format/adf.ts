import type { AdfDoc as JiraAdfDoc } from '../../jira/jira-types';

/**
 * The Atlassian Document Format (ADF) subset Deskbridge writes to Jira
 * (https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/).
 *
 * Why a closed union instead of `{ type: string; ... }`: everything `htmlToAdf` produces must pass
 * Jira's validator and must come back unchanged from a round trip through HTML (that is what keeps
 * sync from echoing its own writes). Spelling out the subset lets the compiler keep the converters
 * inside it. Documents read from Jira are wider (mentions, panels, media...), so readers accept
 * the project's {@link JiraAdfDoc} and treat every node in it as untrusted JSON.
 */

/** Any ADF document, as Jira gives it (the project-wide type): its nodes are not trusted. */
export type { JiraAdfDoc };

/** Marks in the order Atlassian's schema ranks them; produced marks are always sorted this way. */
export const MARK_ORDER = ['link', 'em', 'strong', 'strike', 'underline', 'code'] as const;

export type AdfMark =
  | { type: 'link'; attrs: { href: string } }
  | { type: 'em' }
  | { type: 'strong' }
  | { type: 'strike' }
  | { type: 'underline' }
  | { type: 'code' };

/** `marks` is omitted rather than empty, as Jira itself stores unformatted text. */
export type AdfText = { type: 'text'; text: string; marks?: AdfMark[] };
export type AdfHardBreak = { type: 'hardBreak' };
export type AdfInline = AdfText | AdfHardBreak;

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type AdfParagraph = { type: 'paragraph'; content: AdfInline[] };
export type AdfHeading = { type: 'heading'; attrs: { level: HeadingLevel }; content: AdfInline[] };
/** `attrs` only when a language is known: an absent language and "no attrs" are the same document. */
export type AdfCodeBlock = { type: 'codeBlock'; attrs?: { language: string }; content: AdfText[] };
export type AdfRule = { type: 'rule' };

export type AdfListItem = { type: 'listItem'; content: AdfBlock[] };
export type AdfBulletList = { type: 'bulletList'; content: AdfListItem[] };
/** `attrs.order` only when the list does not start at 1 (Jira's default). */
export type AdfOrderedList = { type: 'orderedList'; attrs?: { order: number }; content: AdfListItem[] };
export type AdfBlockquote = { type: 'blockquote'; content: AdfBlock[] };

/** `colspan`/`rowspan` only when greater than 1. */
export type AdfCellAttrs = { colspan?: number; rowspan?: number };
export type AdfTableCell = { type: 'tableCell' | 'tableHeader'; attrs?: AdfCellAttrs; content: AdfBlock[] };
export type AdfTableRow = { type: 'tableRow'; content: AdfTableCell[] };
export type AdfTable = { type: 'table'; content: AdfTableRow[] };

export type AdfList = AdfBulletList | AdfOrderedList;

export type AdfBlock = AdfParagraph | AdfHeading | AdfCodeBlock | AdfRule | AdfList | AdfBlockquote | AdfTable;

export type AdfNode = AdfBlock | AdfListItem | AdfTableRow | AdfTableCell | AdfInline;

/**
 * A document Deskbridge produced: a Jira `AdfDoc` whose content is known to be in the subset, so
 * it goes wherever Jira's document type is expected.
 */
export type AdfDoc = JiraAdfDoc & { content: AdfBlock[] };

export const paragraph = (content: AdfInline[]): AdfParagraph => ({ type: 'paragraph', content });

/** Compares marks by value; the link's href is part of its identity. */
export const sameMark = (a: AdfMark, b: AdfMark): boolean =>
  a.type === b.type && (a.type !== 'link' || (b.type === 'link' && a.attrs.href === b.attrs.href));

export const sameMarks = (a: readonly AdfMark[] = [], b: readonly AdfMark[] = []): boolean =>
  a.length === b.length && a.every((mark, index) => sameMark(mark, b[index]));
