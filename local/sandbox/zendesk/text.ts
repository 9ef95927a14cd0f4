/**
 * How Zendesk stores a comment: `html_body` wrapped in its `zd-comment` div (scripts stripped),
 * `body` and `plain_body` as text. A comment sent as plain `body` gets paragraphs.
 */

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const wrapHtml = (inner: string) => `<div class="zd-comment" dir="auto">${inner}</div>`;

export function textToHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => `<p dir="auto">${escape(paragraph).replace(/\n/g, '<br>')}</p>`);
  return wrapHtml(paragraphs.join(''));
}

export function sanitizeHtml(html: string): string {
  const clean = html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  return clean.startsWith('<div class="zd-comment"') ? clean : wrapHtml(clean);
}

export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Zendesk tags: lower case, no spaces (a space separates two tags), no duplicates. */
export function normalizeTags(tags: unknown[]): string[] {
  const all = tags.flatMap((tag) => String(tag).toLowerCase().split(/\s+/)).filter(Boolean);
  return [...new Set(all)];
}
