import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';

/**
 * The HTTP edge of the gateway: what Forge hands a web trigger (WebTriggerRequest) read into one
 * plain shape, and answers in the documented WebTriggerResponse shape. Every answer is JSON;
 * every refusal is `{ error: { kind, message } }` with a message a bot's developer can act on.
 * https://developer.atlassian.com/platform/forge/events-reference/web-trigger/
 */

/** The error kinds a bot can branch on (the HTTP status says the same, coarser). */
export type GatewayErrorKind =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'conflict'
  | 'too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'unavailable'
  | 'internal';

/** A refusal with its status; thrown anywhere in a call, answered by the handler. */
export class GatewayError extends Error {
  constructor(
    readonly status: number,
    readonly kind: GatewayErrorKind,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export interface GatewayRequest {
  method: string;
  /** The path under the trigger URL, e.g. `/requests/SUP-1`. */
  path: string;
  query: Record<string, string[]>;
  /** Header names lowercased. */
  headers: Record<string, string[]>;
  body: string;
}

/** Forge sends the full path (`/x1/<trigger id>/requests`) and, in newer runtimes, `userPath` (the part after the id). */
const TRIGGER_PREFIX = /^\/(?:x1|public)\/[^/]+/;

export function readRequest(raw: WebTriggerRequest & { userPath?: unknown }): GatewayRequest {
  const userPath = typeof raw.userPath === 'string' ? raw.userPath : undefined;
  const fullPath = typeof raw.path === 'string' ? raw.path : '/';
  let path = userPath ?? fullPath.replace(TRIGGER_PREFIX, '');
  if (!path.startsWith('/')) path = `/${path}`;
  const headers: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(raw.headers ?? {})) {
    headers[name.toLowerCase()] = [...(headers[name.toLowerCase()] ?? []), ...(Array.isArray(values) ? values : [String(values)])];
  }
  return {
    method: String(raw.method ?? 'GET').toUpperCase(),
    path: path.length > 1 ? path.replace(/\/+$/, '') : path,
    query: raw.queryParameters ?? {},
    headers,
    body: typeof raw.body === 'string' ? raw.body : '',
  };
}

/** One header's value; several (or a list) are joined as HTTP does. */
export function header(request: GatewayRequest, name: string): string | undefined {
  const values = request.headers[name.toLowerCase()];
  return values && values.length > 0 ? values.join(', ') : undefined;
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): WebTriggerResponse {
  const all: Record<string, string[]> = { 'Content-Type': ['application/json'], 'Cache-Control': ['no-store'] };
  for (const [name, value] of Object.entries(headers)) all[name] = [value];
  return { statusCode: status, headers: all, body: JSON.stringify(body) };
}

export function errorResponse(error: GatewayError, headers: Record<string, string> = {}): WebTriggerResponse {
  return jsonResponse(error.status, { error: { kind: error.kind, message: error.message } }, { ...headers, ...error.headers });
}
