import type { IncomingHttpHeaders } from 'node:http';
import { authenticate } from './auth';
import { badRequest, errorBody, familyOf, HttpError, notFound } from './http-error';
import { ANONYMOUS, type Route } from './route';
import type { RouteMatcher } from './route-match';
import type { SiteStore } from './state/site-store';

/** One request as the server read it. */
export interface IncomingRequest {
  method: string;
  /** Path and query string, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
}

export interface OutgoingResponse {
  status: number;
  /** JSON-serialisable body; undefined for an empty body. */
  body?: unknown;
  headers?: Record<string, string>;
  /** The route that answered, or undefined when none matched. */
  route?: Route;
}

/**
 * Runs one request through the route table: match, authenticate, parse the body, call the
 * handler, and turn any HttpError into the error shape of the API that was called. Unexpected
 * errors become 500s with the reason (this is a test tool: hiding it would only slow people down).
 */
export function dispatch(store: SiteStore, matcher: RouteMatcher, request: IncomingRequest): OutgoingResponse {
  const url = new URL(request.url, 'http://sandbox.invalid');
  const family = familyOf(url.pathname);
  const match = matcher.match(request.method.toUpperCase(), url.pathname);
  try {
    if (!match) throw notFound(`No sandbox route for ${request.method.toUpperCase()} ${url.pathname}. It may exist in Jira; the sandbox does not serve it yet.`);
    const { route, params } = match;
    // The sandbox's own endpoints are not Jira's: they take no credentials.
    const caller = route.family === 'sandbox' ? ANONYMOUS : authenticate(store.site, header(request.headers.authorization), !!route.anonymous);
    const result = route.handle({
      site: store.site,
      caller,
      params,
      query: url.searchParams,
      headers: request.headers,
      body: parseJson(request.rawBody),
      store,
    });
    return { ...result, route };
  } catch (error) {
    if (error instanceof HttpError) return { status: error.status, body: errorBody(family, error), route: match?.route };
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`[sandbox-jira] ${request.method} ${request.url} failed: ${reason}\n`);
    return { status: 500, body: errorBody(family, new HttpError(500, [`Sandbox error: ${error instanceof Error ? error.message : String(error)}`])), route: match?.route };
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Jira answers unparseable JSON with 400 and the parser's complaint. */
function parseJson(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw badRequest(`Unexpected content in the request body: ${(error as Error).message}`);
  }
}
