import type { JiraAdfDoc } from './adf';
import { inlineHtml } from './adf-inline-html';
import { attrInteger, attrText, INLINE_TYPES, readNode, readNodes, type RawNode } from './adf-read';
import { flatText, mediaLabel } from './adf-text';
import { escapeHtml, safeHref } from './html-safety';

/**
 * Converts a Jira ADF document (description, comment) to HTML for a help desk.
 *
 * Written both ways on purpose: the HTML is what `htmlToAdf` reads back into the same document for
 * everything both sides can express (paragraphs, line breaks, headings, bold, italic, underline,
 * strike, inline code, links, code blocks with language, lists with nesting and start number,
 * quotes, rules, tables with spans), so a description synced to a help desk and read back is not a
 * new change, and sync does not echo it. That is why the shapes are fixed: an item's first
 * paragraph without `<p>` (as help-desk editors write lists), code as `<pre><code class="language-…">`,
 * `<p>` inside table cells, `<p><br></p>` for an empty line.
 *
 * Jira-only content is shown the nearest way a help desk can:
 * - mention → `@Name`; emoji → its character (or `:shortName:`); status lozenge → its label;
 *   date → `YYYY-MM-DD`;
 * - panel → quote; expand → its title in bold, then its content; task → `[ ]`/`[x]` list item;
 *   decision → list item; layout columns → their content in order;
 * - media → `[attachment: name]` (attachments are not synced), external images → a link;
 * - inline/block/embed card → a link to its URL;
 * - text colour, background, sub/superscript, alignment, annotations, extensions → left out.
 *
 * Safety: all text and attribute values are escaped, tags and attributes come from a fixed list,
 * and a link is written only for http, https and mailto URLs, so nothing typed in Jira can become
 * markup or script in a help desk. Any JSON is accepted: malformed nodes are skipped rather than
 * failing a sync. Whitespace Jira keeps (double spaces, trailing spaces) is written as is and
 * collapses in HTML, like in any web page; `sameContent` treats such documents as equal.
 */
export function adfToHtml(doc: JiraAdfDoc): string {
  const content: unknown = (doc as { content?: unknown } | null | undefined)?.content;
  return Array.isArray(content) ? blocksHtml(content, 0) : '';
}

/** Beyond this nesting, a node is written as its plain text: a bound against hostile documents. */
const MAX_DEPTH = 100;

function blocksHtml(nodes: readonly unknown[], depth: number): string {
  let html = '';
  let inline: unknown[] = [];
  const endInline = () => {
    if (inline.length > 0) html += `<p>${inlineHtml(inline)}</p>`;
    inline = [];
  };
  for (const value of nodes) {
    const node = readNode(value);
    if (!node) continue;
    if (INLINE_TYPES.has(node.type)) {
      inline.push(value); // inline content where a block belongs: shown as a paragraph, as Jira does
      continue;
    }
    endInline();
    html += depth >= MAX_DEPTH ? `<p>${escapeHtml(flatText([value]))}</p>` : blockHtml(node, depth + 1);
  }
  endInline();
  return html;
}

function blockHtml(node: RawNode, depth: number): string {
  switch (node.type) {
    case 'paragraph':
    case 'caption':
      return `<p>${inlineHtml(node.content)}</p>`;
    case 'heading': {
      const level = Math.min(Math.max(attrInteger(node, 'level') ?? 1, 1), 6);
      return `<h${level}>${inlineHtml(node.content)}</h${level}>`;
    }
    case 'codeBlock':
      return codeBlockHtml(node);
    case 'rule':
      return '<hr>';
    case 'bulletList':
    case 'taskList':
    case 'decisionList':
      return `<ul>${itemsHtml(node.content, depth)}</ul>`;
    case 'orderedList': {
      const order = attrInteger(node, 'order');
      return `<ol${order !== undefined && order >= 0 && order !== 1 ? ` start="${order}"` : ''}>${itemsHtml(node.content, depth)}</ol>`;
    }
    case 'listItem':
    case 'taskItem':
    case 'blockTaskItem':
    case 'decisionItem':
      return `<ul>${itemsHtml([node], depth)}</ul>`;
    case 'blockquote':
    case 'panel':
      return `<blockquote>${blocksHtml(node.content, depth)}</blockquote>`;
    case 'table':
      return tableHtml(node, depth);
    case 'expand':
    case 'nestedExpand': {
      const title = attrText(node, 'title');
      return `${title ? `<p><strong>${escapeHtml(title)}</strong></p>` : ''}${blocksHtml(node.content, depth)}`;
    }
    case 'media':
      return `<p>${mediaHtml(node)}</p>`;
    case 'blockCard':
    case 'embedCard': {
      const url = attrText(node, 'url');
      const href = safeHref(url);
      if (href) return `<p><a href="${escapeHtml(href)}">${escapeHtml(href)}</a></p>`;
      return url ? `<p>${escapeHtml(url)}</p>` : ''; // not a link Deskbridge lets through: its text only
    }
    case 'extension': // rendered by a Forge/Connect app inside Jira: nothing to show elsewhere
      return '';
    default: // mediaSingle, mediaGroup, layouts, bodied extensions, sync blocks and unknown containers
      return blocksHtml(node.content, depth) || (node.text ? `<p>${escapeHtml(node.text)}</p>` : '');
  }
}

/** The language is one class token, as `htmlToAdf` reads it; the code is escaped, never parsed. */
function codeBlockHtml(node: RawNode): string {
  const text = readNodes(node.content)
    .map((child) => (child.type === 'hardBreak' ? '\n' : child.text))
    .join('');
  const language = attrText(node, 'language')?.trim().split(/\s+/)[0];
  return `<pre><code${language ? ` class="language-${escapeHtml(language)}"` : ''}>${escapeHtml(text)}</code></pre>`;
}

/** List items; a list nested directly in a list (task lists do this) goes into the item before it. */
function itemsHtml(content: readonly unknown[], depth: number): string {
  const items: string[] = [];
  for (const item of readNodes(content)) {
    const nestedList = item.type === 'bulletList' || item.type === 'orderedList' || item.type === 'taskList';
    if (nestedList && items.length > 0) items[items.length - 1] += blocksHtml([item], depth);
    else if (item.type === 'taskItem') items.push(inlineHtml([checkbox(item), ...item.content]));
    else if (item.type === 'decisionItem') items.push(inlineHtml(item.content));
    else if (item.type === 'blockTaskItem') items.push(itemHtml(item.content, depth, checkbox(item)));
    else if (item.type === 'listItem') items.push(itemHtml(item.content, depth));
    else items.push(blocksHtml([item], depth));
  }
  return items.map((item) => `<li>${item}</li>`).join('');
}

/**
 * An item's first paragraph is written without `<p>`, the way help-desk editors write lists (and
 * an empty item as `<br>`, so it stays an item with an empty paragraph).
 */
function itemHtml(blocks: readonly unknown[], depth: number, prefix?: unknown): string {
  const lead = prefix === undefined ? [] : [prefix];
  const first = readNode(blocks[0]);
  if (first?.type === 'paragraph') return inlineHtml([...lead, ...first.content]) + blocksHtml(blocks.slice(1), depth);
  if (blocks.length === 0 || lead.length > 0) return inlineHtml(lead) + blocksHtml(blocks, depth);
  return blocksHtml(blocks, depth);
}

/** A task's state as text, since a help desk has no checkboxes. */
const checkbox = (item: RawNode): unknown => ({ type: 'text', text: item.attrs.state === 'DONE' ? '[x] ' : '[ ] ' });

function tableHtml(node: RawNode, depth: number): string {
  const rows = readNodes(node.content).filter((row) => row.type === 'tableRow');
  if (rows.length === 0) return '';
  const cell = (cell: RawNode) => {
    const tag = cell.type === 'tableHeader' ? 'th' : 'td';
    const span = (name: string, max: number) => {
      const value = Math.min(attrInteger(cell, name) ?? 1, max);
      return value > 1 ? ` ${name}="${value}"` : '';
    };
    return `<${tag}${span('colspan', 1000)}${span('rowspan', 65534)}>${blocksHtml(cell.content, depth)}</${tag}>`;
  };
  const rowHtml = (row: RawNode) => `<tr>${readNodes(row.content).map(cell).join('')}</tr>`;
  return `<table><tbody>${rows.map(rowHtml).join('')}</tbody></table>`;
}

/** Attachments are not synced: a placeholder, linked when the media is an external image URL. */
function mediaHtml(node: RawNode): string {
  const url = node.attrs.type === 'external' ? safeHref(attrText(node, 'url')) : undefined;
  const label = escapeHtml(mediaLabel(node));
  return url && /^https?:/i.test(url) ? `<a href="${escapeHtml(url)}">${label}</a>` : label;
}
