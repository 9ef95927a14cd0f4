/**
 * ServiceNow stores descriptions and journal entries (comments, work notes) as plain text; HTML
 * shows as HTML only inside `[code]…[/code]`. Deskbridge's tickets and comments carry HTML, so:
 * reading, `[code]` parts are kept as the HTML they are and the plain text around them is
 * escaped (line breaks become <br>); writing a journal entry, the HTML is wrapped in `[code]`;
 * writing a description (a plain-text field), the HTML is turned into text.
 */

const CODE_BLOCK = /\[code\]([\s\S]*?)\[\/code\]/gi;

/** A ServiceNow text value (plain text with optional [code] HTML parts) as HTML. */
export function servicenowTextToHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(CODE_BLOCK)) {
    html += plainToHtml(text.slice(last, match.index));
    html += match[1];
    last = (match.index ?? 0) + match[0].length;
  }
  return html + plainToHtml(text.slice(last));
}

/** HTML for a journal field (comments, work_notes): rendered as HTML by ServiceNow. */
export function htmlToJournal(html: string): string {
  return `[code]${html}[/code]`;
}

/** HTML as the plain text a description field holds: block ends become line breaks, tags go. */
export function htmlToPlainText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|tr|blockquote|pre)>/gi, '\n')
      .replace(/<li[^>]*>/gi, '- ')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function plainToHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r?\n/g, '<br>');
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return named[name.toLowerCase()] ?? entity;
  });
}
