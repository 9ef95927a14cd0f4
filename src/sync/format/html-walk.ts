import type { HeadingLevel } from './adf';
import type { BlockBuilder } from './block-builder';
import { attr, isElement, roleOf, textOf, type HtmlElement, type HtmlNode } from './html-dom';
import { addList } from './html-lists';
import { marksWithin } from './html-marks';
import { toAdfMarks, type MarkState } from './marks';
import { codeBlockOf, textContentOf } from './html-pre';
import { safeHref } from './html-safety';
import { addTable } from './html-table';

/**
 * The walk over parsed help-desk HTML that feeds a {@link BlockBuilder}.
 *
 * Block elements end the paragraph being built and open their own ADF block; inline elements
 * only change the marks their text gets. Because marks travel down the walk and blocks are
 * created where they are met, HTML that browsers tolerate but ADF cannot express (a `<div>`
 * inside a `<b>`, a list inside a heading) still keeps every word and its formatting.
 */

/** Recursion bound in HTML elements (the parser already stops nesting at 256); deeper subtrees are kept as their text. */
const MAX_HTML_DEPTH = 512;

export type Walk = (nodes: readonly HtmlNode[], marks: MarkState, into: BlockBuilder, htmlDepth: number) => void;

export const walkNodes: Walk = (nodes, marks, into, htmlDepth) => {
  for (const node of nodes) walkNode(node, marks, into, htmlDepth);
};

function walkNode(node: HtmlNode, marks: MarkState, into: BlockBuilder, htmlDepth: number): void {
  const text = textOf(node);
  if (text !== undefined) return into.run.addText(text, toAdfMarks(marks));
  if (!isElement(node)) return; // comments, doctypes, processing instructions
  if (htmlDepth >= MAX_HTML_DEPTH) return into.run.addText(textContentOf(node), toAdfMarks(marks));
  const role = roleOf(node);
  const inner = marksWithin(node, marks);
  const depth = htmlDepth + 1;
  switch (role.kind) {
    case 'dropped':
      return;
    case 'break':
      return into.run.addBreak();
    case 'image':
      return addImage(node, marks, into);
    case 'inline':
      return walkNodes(node.children, inner, into, depth);
    case 'container':
      return walkContainer(node.children, inner, into, depth);
    case 'rule':
      into.flush();
      if (into.admits('rule')) into.add({ type: 'rule' });
      return;
    case 'pre':
      return into.add(codeBlockOf(node));
    case 'heading':
      return addHeading(node, role.level, inner, into, depth);
    case 'blockquote':
      return addBlockquote(node, inner, into, depth);
    case 'list':
      return addList(node, role.ordered, inner, into, depth, walkNodes);
    case 'table':
      return addTable(node, inner, into, depth, walkNodes);
  }
}

/** `<div>`, `<p>` and friends: a paragraph boundary before and after, nothing else. */
function walkContainer(nodes: readonly HtmlNode[], marks: MarkState, into: BlockBuilder, htmlDepth: number): void {
  into.flush();
  walkNodes(nodes, marks, into, htmlDepth);
  into.flush();
}

/**
 * Each paragraph the heading's content yields becomes a heading of that level, so `<h2>` wrapping
 * a `<div>` stays a heading. Where ADF admits no heading (a list item, a quote), the words stay as
 * a paragraph.
 */
function addHeading(element: HtmlElement, level: HeadingLevel, marks: MarkState, into: BlockBuilder, htmlDepth: number): void {
  if (!into.admits('heading')) return walkContainer(element.children, marks, into, htmlDepth);
  into.flush();
  const inner = into.alongside();
  walkNodes(element.children, marks, inner, htmlDepth);
  for (const block of inner.finish()) {
    into.add(block.type === 'paragraph' ? { type: 'heading', attrs: { level }, content: block.content } : block);
  }
}

/** A quote inside a list item or quote is not ADF: its blocks stay in place, unquoted. */
function addBlockquote(element: HtmlElement, marks: MarkState, into: BlockBuilder, htmlDepth: number): void {
  if (!into.admits('blockquote') || !into.canNest) return walkContainer(element.children, marks, into, htmlDepth);
  into.flush();
  const inner = into.nested('blockquote');
  walkNodes(element.children, marks, inner, htmlDepth);
  const content = inner.finish();
  if (content.length > 0) into.add({ type: 'blockquote', content });
}

/**
 * Help-desk attachments are not synced, so an image becomes its description, linked to the
 * image when that is a web URL (a surrounding link wins: it is where the author pointed).
 */
function addImage(element: HtmlElement, marks: MarkState, into: BlockBuilder): void {
  const alt = (attr(element, 'alt') ?? attr(element, 'title') ?? '').trim();
  const src = safeHref(attr(element, 'src'));
  const link = marks.link ?? (src && /^https?:/i.test(src) ? src : undefined);
  into.run.addText(alt ? `[image: ${alt}]` : '[image]', toAdfMarks({ ...marks, link }));
}
