import type { AdfMark } from './adf';
import { NO_MARKS, toAdfMarks, type MutableMarkState } from './marks';
import { safeHref } from './html-safety';

/**
 * Reading ADF that came from Jira. A document there may have been written by any app or API
 * client, so nothing about its shape is assumed: a node is whatever has a string `type`, missing
 * or malformed parts read as empty, and unknown marks are ignored. Rendering then never throws on
 * a document Jira accepted, nor on one it would not have.
 */
export type RawNode = {
  type: string;
  attrs: Readonly<Record<string, unknown>>;
  content: readonly unknown[];
  marks: readonly unknown[];
  text: string;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function readNode(value: unknown): RawNode | undefined {
  if (!isRecord(value) || typeof value.type !== 'string') return undefined;
  return {
    type: value.type,
    attrs: isRecord(value.attrs) ? value.attrs : {},
    content: Array.isArray(value.content) ? value.content : [],
    marks: Array.isArray(value.marks) ? value.marks : [],
    text: typeof value.text === 'string' ? value.text : '',
  };
}

export const readNodes = (values: readonly unknown[]): RawNode[] =>
  values.map(readNode).filter((node): node is RawNode => node !== undefined);

/** A non-empty string attribute. */
export const attrText = (node: RawNode, key: string): string | undefined => {
  const value = node.attrs[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** A whole-number attribute (Jira stores some as strings). */
export const attrInteger = (node: RawNode, key: string): number | undefined => {
  const value = node.attrs[key];
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) ? number : undefined;
};

/**
 * The marks Deskbridge renders, in canonical order and with the same rules as when reading HTML
 * (code combines only with a link; a link needs an allowed scheme). Colours, sub/superscript and
 * annotations have no counterpart in a help desk and are left out.
 */
export function readMarks(node: RawNode): AdfMark[] {
  if (node.marks.length === 0) return [];
  const state: MutableMarkState = { ...NO_MARKS };
  for (const raw of node.marks) {
    const mark = readNode(raw);
    if (!mark) continue;
    if (mark.type === 'link') state.link = safeHref(attrText(mark, 'href'));
    else if (mark.type === 'em' || mark.type === 'strong' || mark.type === 'strike' || mark.type === 'underline' || mark.type === 'code') {
      state[mark.type] = true;
    }
  }
  return toAdfMarks(state);
}

/** Inline node types, for telling stray inline content from blocks in a malformed document. */
export const INLINE_TYPES = new Set([
  'text',
  'hardBreak',
  'mention',
  'emoji',
  'status',
  'date',
  'inlineCard',
  'mediaInline',
  'placeholder',
  'inlineExtension',
]);
