import { refuse, WEBHOOK_LIMITS, type WebhookVerdict } from './webhook-types';

/**
 * What a delivery claims about itself (a header, the time it was sent), read without trusting
 * it: the verifiers decide whether the claim holds.
 */

/**
 * Reads one header from a web trigger request. Header names are case-insensitive in HTTP, and a
 * web trigger may hand a header over as a list; a header sent twice with different values is
 * ambiguous (which one was signed?) and is refused rather than guessed at.
 */
export type HeaderLookup = { kind: 'value'; value: string } | { kind: 'missing' } | { kind: 'repeated' };

export function readHeader(headers: Record<string, string | string[] | undefined>, name: string): HeaderLookup {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    values.push(...(Array.isArray(value) ? value : [value]));
  }
  const distinct = [...new Set(values.map((value) => String(value).trim()).filter(Boolean))];
  if (distinct.length === 0) return { kind: 'missing' };
  if (distinct.length > 1) return { kind: 'repeated' };
  return { kind: 'value', value: distinct[0] };
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date-time with a zone (Zendesk's signature timestamp: `2021-03-25T05:09:27Z`), in ms. */
export function fromIso(text: string): number | undefined {
  if (!ISO_UTC.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Unix seconds as a number or a string of digits (Intercom's `created_at`, a template's `sent_at`), in ms. */
export function fromUnixSeconds(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{9,11}$/.test(text)) return undefined;
  return Number(text) * 1000;
}

/** Either form: what a pasted template may carry, depending on what the help desk can fill in. */
export const fromUnixOrIso = (value: unknown): number | undefined => fromUnixSeconds(value) ?? (typeof value === 'string' ? fromIso(value.trim()) : undefined);

/**
 * The replay window: a delivery whose time is more than 5 minutes from the receiver's clock, in
 * the past (a captured delivery sent again) or in the future (one forged ahead of time), is
 * refused. Exact copies inside the window are the replay key's job (replay-key.ts).
 */
export function insideWindow(sentAt: number, now: number): WebhookVerdict {
  const window = WEBHOOK_LIMITS.windowSeconds * 1000;
  if (now - sentAt > window) return refuse(408, 'the delivery is more than 5 minutes old');
  if (sentAt - now > window) return refuse(408, 'the delivery is dated more than 5 minutes in the future');
  return { ok: true };
}
