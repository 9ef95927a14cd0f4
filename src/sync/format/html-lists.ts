import { paragraph, type AdfListItem } from './adf';
import type { BlockBuilder } from './block-builder';
import { attr, isElement, roleOf, textOf, type HtmlElement, type HtmlNode } from './html-dom';
import { marksWithin } from './html-marks';
import type { MarkState } from './marks';
import type { Walk } from './html-walk';

/**
 * `<ul>`/`<ol>` to ADF lists, nested lists included.
 *
 * Editors do not all nest lists the valid way: some put `<ul>` straight inside `<ul>` after the
 * `<li>` it belongs to, some leave text between items. Browsers show the nested list under the
 * previous item and the stray text as its own line, and so does the converter: a nested list joins
 * the previous item, stray content becomes an item of its own. Nothing is dropped.
 */
export function addList(
  element: HtmlElement,
  ordered: boolean,
  marks: MarkState,
  into: BlockBuilder,
  htmlDepth: number,
  walk: Walk,
): void {
  into.flush();
  if (!into.canNest) {
    // Too deep to nest further: each item becomes a paragraph (an `<li>` is a block boundary).
    walk(element.children, marks, into, htmlDepth);
    into.flush();
    return;
  }
  const items: AdfListItem[] = [];
  let loose: BlockBuilder | undefined;
  const endLoose = () => {
    const content = loose?.finish() ?? [];
    if (content.length > 0) items.push({ type: 'listItem', content });
    loose = undefined;
  };
  for (const child of element.children) {
    if (isBlank(child)) continue;
    if (isElement(child) && child.name === 'li') {
      endLoose();
      const item = into.nested('listItem');
      walk(child.children, marksWithin(child, marks), item, htmlDepth + 1);
      const content = item.finish();
      items.push({ type: 'listItem', content: content.length > 0 ? content : [paragraph([])] });
    } else if (isElement(child) && roleOf(child).kind === 'list' && items.length > 0 && !loose) {
      const nested = into.nested('listItem');
      walk([child], marks, nested, htmlDepth);
      items[items.length - 1].content.push(...nested.finish());
    } else {
      loose ??= into.nested('listItem');
      walk([child], marks, loose, htmlDepth);
    }
  }
  endLoose();
  if (items.length === 0) return;
  if (!ordered) return into.add({ type: 'bulletList', content: items });
  const order = startOf(element);
  into.add(order === 1 ? { type: 'orderedList', content: items } : { type: 'orderedList', attrs: { order }, content: items });
}

/** Whitespace between items is source formatting, not content; comments and scripts are nothing. */
const isBlank = (node: HtmlNode): boolean => {
  const text = textOf(node);
  if (text !== undefined) return /^[\t\n\f\r ]*$/.test(text);
  return !isElement(node) || roleOf(node).kind === 'dropped';
};

/** `<ol start>`: ADF numbers from any whole number ≥ 0; anything else starts at 1 as in a browser. */
function startOf(element: HtmlElement): number {
  const raw = (attr(element, 'start') ?? '').trim();
  if (!/^\d{1,9}$/.test(raw)) return 1;
  return Number(raw);
}
