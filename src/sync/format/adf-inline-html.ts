import { sameMark, type AdfMark } from './adf';
import { attrText, readMarks, readNodes, type RawNode } from './adf-read';
import { flatText, leafText } from './adf-text';
import { escapeHtml, safeHref } from './html-safety';

/**
 * The inline content of a Jira paragraph, heading or list item as HTML.
 *
 * Jira-only inline nodes become the text an agent would read in Jira (a mention is `@Name`, a
 * status lozenge its label, an emoji its character), because a help desk has no such objects and
 * the words are what matters. Everything is first turned into pieces of text with marks, then
 * written with the fewest tags: marks shared by neighbouring pieces stay open, in the canonical
 * order, so `htmlToAdf` reads back exactly the marks that were written.
 */

type Piece = { text: string; marks: AdfMark[] } | 'break';

export function inlineHtml(nodes: readonly unknown[]): string {
  const pieces = readNodes(nodes).flatMap(piecesOf);
  let html = '';
  const open: AdfMark[] = [];
  for (const piece of pieces) {
    if (piece === 'break') {
      html += '<br>';
      continue;
    }
    let kept = 0;
    while (kept < open.length && kept < piece.marks.length && sameMark(open[kept], piece.marks[kept])) kept += 1;
    while (open.length > kept) html += closeTag(open.pop()!);
    for (const mark of piece.marks.slice(kept)) {
      html += openTag(mark);
      open.push(mark);
    }
    html += escapeHtml(piece.text);
  }
  while (open.length > 0) html += closeTag(open.pop()!);
  // A line that is empty or ends in a break needs one more `<br>`, or browsers (and htmlToAdf) drop it.
  return endsLineOpen(pieces) ? `${html}<br>` : html;
}

function piecesOf(node: RawNode): Piece[] {
  const marks = readMarks(node);
  if (node.type === 'inlineCard') {
    const href = safeHref(attrText(node, 'url'));
    if (href) return [{ text: href, marks: [{ type: 'link', attrs: { href } }, ...marks.filter((mark) => mark.type !== 'link')] }];
  }
  // Jira shows a newline inside text as a line break, and so does the help desk.
  const lines = (leafText(node) ?? flatText(node.content)).split('\n');
  const pieces: Piece[] = [];
  lines.forEach((line, index) => {
    if (index > 0) pieces.push('break');
    if (line) pieces.push({ text: line, marks });
  });
  return pieces;
}

/** True when nothing visible follows the last break, or there is nothing visible at all. */
function endsLineOpen(pieces: readonly Piece[]): boolean {
  for (let index = pieces.length - 1; index >= 0; index -= 1) {
    const piece = pieces[index];
    if (piece === 'break') return true;
    if (/[^\t\n\f\r ]/.test(piece.text)) return false;
  }
  return true;
}

const TAGS: Record<Exclude<AdfMark['type'], 'link'>, string> = { em: 'em', strong: 'strong', strike: 's', underline: 'u', code: 'code' };

const openTag = (mark: AdfMark): string => (mark.type === 'link' ? `<a href="${escapeHtml(mark.attrs.href)}">` : `<${TAGS[mark.type]}>`);

const closeTag = (mark: AdfMark): string => (mark.type === 'link' ? '</a>' : `</${TAGS[mark.type]}>`);
