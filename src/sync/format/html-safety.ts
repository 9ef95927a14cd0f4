/**
 * The only places where untrusted content meets HTML syntax or URLs.
 *
 * Help-desk HTML and Jira documents are both written by people outside Deskbridge's control, and
 * what one side writes is shown to agents on the other side. So text is always escaped, and a URL
 * becomes a link only when its scheme is on an allowlist (never a denylist: `javascript:`,
 * `data:`, `vbscript:` and whatever browsers add next stay plain text).
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\u00a0': '&nbsp;',
};

/**
 * Escapes text for both element content and double-quoted attribute values. A no-break space is
 * written as `&nbsp;` so it survives editors that trim "invisible" characters and stays visible to
 * whoever reads the HTML source.
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"'\u00a0]/g, (char) => ESCAPES[char]);

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The href to use for a link, or undefined when it must stay plain text.
 *
 * Control characters are removed first, as the URL parser does, so `java\tscript:` cannot slip
 * past; relative URLs have no base in a synced document and are rejected too. The cleaned string
 * is returned as written (not re-serialized) so a link reads the same on both sides, and cleaning
 * it again changes nothing: a round trip is stable.
 */
export function safeHref(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const href = raw.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!href) return undefined;
  try {
    return ALLOWED_SCHEMES.has(new URL(href).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Text as a browser would keep it: line endings become `\n` (HTML's input preprocessing, which
 * also applies to decoded `&#13;`) and other control characters, which Jira renders as garbage or
 * rejects, are dropped. Tabs, newlines and form feeds stay: they are whitespace the caller
 * collapses or, inside `<pre>`, keeps.
 */
export const cleanText = (text: string): string =>
  text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
