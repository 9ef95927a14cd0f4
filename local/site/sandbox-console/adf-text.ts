/**
 * Plain text ⇄ Atlassian Document Format for the console. Jira REST v3 takes and returns comment
 * and description bodies only as ADF; a person types plain text, and reads plain text back, so
 * the console converts at its edge and keeps no rich formatting (none of its forms offer any).
 * https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/
 */

export interface AdfNode {
  type: string;
  text?: string;
  content?: AdfNode[];
  attrs?: Record<string, unknown>;
}

/** One paragraph per blank-line block; single line breaks become hardBreak nodes. */
export function textToAdf(text: string): AdfNode & { version: 1 } {
  const paragraphs = text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((block) => {
      const lines = block.split(/\r?\n/);
      const content = lines.flatMap((line, index) => [
        ...(index > 0 ? [{ type: 'hardBreak' }] : []),
        ...(line ? [{ type: 'text', text: line }] : []),
      ]);
      return { type: 'paragraph', content };
    });
  return { type: 'doc', version: 1, content: paragraphs };
}

/** The text of a document: block nodes on their own lines, mentions and emoji by their text. */
export function adfToText(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const { type, text, content, attrs } = node as AdfNode;
  if (type === 'text') return text ?? '';
  if (type === 'hardBreak') return '\n';
  if (type === 'mention' || type === 'emoji') return String(attrs?.text ?? attrs?.shortName ?? '');
  const inner = (content ?? []).map(adfToText);
  const isBlock = type === 'doc' || type === 'bulletList' || type === 'orderedList' || type === 'listItem' || type === 'table' || type === 'tableRow';
  return isBlock ? inner.filter(Boolean).join('\n') : inner.join('');
}
