import { attrText, INLINE_TYPES, readNode, type RawNode } from './adf-read';

/**
 * The words Jira shows for a node, for everything that renders ADF as text: help-desk HTML
 * (a mention is `@Name` there too), plain-text previews and logs. One definition, so a mention
 * reads the same in a synced comment and in the log line about it.
 */

/** The text of a leaf node, or undefined for a container (whose children hold the text). */
export function leafText(node: RawNode): string | undefined {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'hardBreak':
      return '\n';
    case 'mention': {
      const name = attrText(node, 'text') ?? 'user';
      return name.startsWith('@') ? name : `@${name}`;
    }
    case 'emoji':
      return attrText(node, 'text') ?? attrText(node, 'shortName') ?? '';
    case 'status':
      return attrText(node, 'text') ?? '';
    case 'date':
      return dateText(attrText(node, 'timestamp'));
    case 'inlineCard':
    case 'blockCard':
    case 'embedCard':
      return attrText(node, 'url') ?? '';
    case 'media':
    case 'mediaInline':
      return mediaLabel(node);
    case 'placeholder': // the editor's hint, not content
    case 'extension': // drawn by an app inside Jira; nothing to show elsewhere
    case 'inlineExtension':
      return '';
    default:
      return node.content.length === 0 ? node.text : undefined;
  }
}

/** Jira dates are milliseconds since the epoch; elsewhere people read the calendar day (UTC). */
function dateText(timestamp: string | undefined): string {
  const date = new Date(Number(timestamp));
  return timestamp === undefined ? '' : Number.isNaN(date.getTime()) ? timestamp : date.toISOString().slice(0, 10);
}

/** Attachments are not synced, so media is named rather than shown. */
export function mediaLabel(node: RawNode): string {
  const alt = attrText(node, 'alt');
  const kind = node.attrs.type === 'external' ? 'image' : 'attachment';
  return alt ? `[${kind}: ${alt}]` : `[${kind}]`;
}

const LINE = Symbol('line');

/**
 * All the text under some nodes, each block on its own line. Iterative, so it also serves as the
 * fallback for documents nested too deeply to walk recursively.
 */
export function flatText(nodes: readonly unknown[]): string {
  let out = '';
  const stack: unknown[] = [...nodes].reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    const node = item === LINE ? undefined : readNode(item);
    if (!node) {
      if (item === LINE && out && !out.endsWith('\n')) out += '\n';
      continue;
    }
    const text = leafText(node);
    if (text !== undefined) {
      out += text;
      continue;
    }
    const block = !INLINE_TYPES.has(node.type);
    if (block) {
      stack.push(LINE);
      if (out && !out.endsWith('\n')) out += '\n';
    }
    for (let index = node.content.length - 1; index >= 0; index -= 1) stack.push(node.content[index]);
  }
  return out;
}
