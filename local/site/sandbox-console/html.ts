/**
 * The few HTML building blocks the console renders with. Everything shown comes from the
 * sandboxes, and sandbox data is whatever people (or a seed file) typed into them, so every value
 * goes through `escapeHtml` here: the helpers take plain text and produce safe markup, and the
 * sections never concatenate raw values themselves.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** Markup that is already safe (built by these helpers); plain strings are escaped. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** Tagged template: interpolated strings are escaped, Html and arrays of Html are kept. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1];
  });
  return new Html(out);
}

function render(value: unknown): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(value);
}

export interface Choice {
  value: string;
  label: string;
}

export function selectOptions(choices: Choice[], selected?: string): Html {
  return html`${choices.map((choice) => html`<option value="${choice.value}"${choice.value === selected ? new Html(' selected') : ''}>${choice.label}</option>`)}`;
}

/**
 * A form that POSTs to a console route. Every form carries the acting Jira user, so the
 * redirect after the action comes back to the same view (PRG keeps nothing on the server).
 */
export function postForm(action: string, testId: string, actor: string, body: Html): Html {
  return html`<form method="post" action="${action}" data-testid="${testId}"><input type="hidden" name="as" value="${actor}">${body}</form>`;
}

/** Short, readable timestamps (the sandboxes send ISO 8601; Jira adds milliseconds and an offset). */
export function when(iso: unknown): string {
  const time = Date.parse(String(iso ?? ''));
  return Number.isNaN(time) ? String(iso ?? '') : new Date(time).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, 'Z');
}
