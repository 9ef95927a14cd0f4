import type { AdfDoc, JiraAdfDoc } from './adf';
import { attrInteger, attrText, INLINE_TYPES, readNode, readNodes, type RawNode } from './adf-read';
import { flatText, leafText } from './adf-text';
import { cleanText, escapeHtml } from './html-safety';
import { htmlToAdf } from './html-to-adf';

/**
 * Content as plain text, both ways: for logs, issue titles and previews, for comparing what a
 * person would read, and for help desks whose fields are plain text (ServiceNow's description and
 * work notes are lines separated by `\n`).
 *
 * The text form is chosen to survive a round trip: paragraphs are separated by a blank line and
 * line breaks are newlines, so `plainTextToAdf(adfToPlainText(doc))` gives back the same paragraphs
 * for a document that came from plain text. Lists read as `- item` / `1. item`, quotes as `> `,
 * tables as `a | b` rows, code as its lines.
 */

/** Lists, quotes and tables nested beyond this are written as their flat text. */
const MAX_DEPTH = 50;

const EDGE_SPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

export function adfToPlainText(doc: JiraAdfDoc): string {
  const content: unknown = (doc as { content?: unknown } | null | undefined)?.content;
  const text = Array.isArray(content) ? blocksText(content, 0, '\n\n') : '';
  // Trailing spaces and runs of blank lines carry nothing; a no-break space is content and stays.
  return text
    .replace(/[\t\f\r ]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(EDGE_SPACE, '');
}

/** What a person reads in a help-desk HTML body, as text (structure as in {@link adfToPlainText}). */
export const htmlToPlainText = (html: string): string => adfToPlainText(htmlToAdf(html));

/**
 * A plain-text body as a document: blank lines separate paragraphs, other newlines are line
 * breaks. Use it instead of `htmlToAdf` for plain-text sources, where `<` is just a character and
 * a newline is not a space. Spaces collapse as in HTML, so the result is as canonical as any
 * `htmlToAdf` output.
 */
export function plainTextToAdf(text: string): AdfDoc {
  const paragraphs = cleanText(typeof text === 'string' ? text : '').split(/\n(?:[\t\f ]*\n)+/);
  const html = paragraphs
    .map((paragraph) => paragraph.replace(/^(?:[\t\f ]*\n)+|(?:\n[\t\f ]*)+$/g, ''))
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
  return htmlToAdf(html);
}

/** One line of at most `maxLength` characters (an issue summary, a log line), cut at a word. */
export function plainTextSummary(text: string, maxLength: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= maxLength) return line;
  const cut = line.slice(0, Math.max(maxLength - 1, 0));
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length >= cut.length / 2 ? atWord : cut}…`;
}

function blocksText(nodes: readonly unknown[], depth: number, separator: string): string {
  const parts: string[] = [];
  let inline: unknown[] = [];
  const endInline = () => {
    if (inline.length > 0) parts.push(flatText(inline));
    inline = [];
  };
  for (const value of nodes) {
    const node = readNode(value);
    if (!node) continue;
    if (INLINE_TYPES.has(node.type)) {
      inline.push(value);
      continue;
    }
    endInline();
    parts.push(depth >= MAX_DEPTH ? flatText([value]) : blockText(node, depth + 1));
  }
  endInline();
  return parts.filter((part) => part !== '').join(separator);
}

function blockText(node: RawNode, depth: number): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'caption':
    case 'codeBlock':
      return flatText(node.content);
    case 'rule':
      return '---';
    case 'bulletList':
    case 'orderedList':
    case 'taskList':
    case 'decisionList':
      return listText(node, depth);
    case 'blockquote':
    case 'panel':
      return blocksText(node.content, depth, '\n\n').replace(/^/gm, '> ');
    case 'table':
      return readNodes(node.content)
        .map((row) => readNodes(row.content).map((cell) => flatText(cell.content).replace(EDGE_SPACE, '').replace(/\s*\n\s*/g, ' ')))
        .map((cells) => cells.join(' | '))
        .join('\n');
    case 'expand':
    case 'nestedExpand':
      return [attrText(node, 'title') ?? '', blocksText(node.content, depth, '\n\n')].filter(Boolean).join('\n');
    default:
      return leafText(node) ?? blocksText(node.content, depth, '\n\n');
  }
}

/** Items one per line, continuation lines indented under their marker; nested lists indented. */
function listText(list: RawNode, depth: number): string {
  let number = attrInteger(list, 'order') ?? 1;
  const lines: string[] = [];
  for (const item of readNodes(list.content)) {
    if (item.type === 'bulletList' || item.type === 'orderedList' || item.type === 'taskList') {
      lines.push(blockText(item, depth + 1).replace(/^/gm, '  '));
      continue;
    }
    const task = item.type === 'taskItem' || item.type === 'blockTaskItem';
    const marker = list.type === 'orderedList' ? `${number++}. ` : task ? (item.attrs.state === 'DONE' ? '[x] ' : '[ ] ') : '- ';
    const body = item.type === 'taskItem' || item.type === 'decisionItem' ? flatText(item.content) : blocksText(item.content, depth, '\n');
    lines.push(marker + body.replace(/\n/g, `\n${' '.repeat(marker.length)}`));
  }
  return lines.join('\n');
}
