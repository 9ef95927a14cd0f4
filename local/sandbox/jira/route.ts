import type { IncomingHttpHeaders } from 'node:http';
import type { ApiFamily } from './http-error';
import type { SiteStore } from './state/site-store';
import type { SiteState, UserRecord } from './state/site-state';

/**
 * What every route handler receives and returns. Handlers are plain synchronous functions over
 * the site state: no HTTP objects, so a handler is easy to read next to the provider's API doc
 * and easy to call from a unit test.
 */

export interface RouteContext {
  site: SiteState;
  /** The authenticated account; ANONYMOUS on routes Jira serves without authentication. */
  caller: UserRecord;
  /** Path parameters, named as in the route's template (which is the spec's template). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Request headers, names in lower case (as Node gives them). */
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or undefined when the request had none. */
  body: unknown;
  store: SiteStore;
}

export interface RouteResult {
  status: number;
  /** Serialised as JSON; undefined sends an empty body. */
  body?: unknown;
  /** Response headers beyond the content type (e.g. `Retry-After`). */
  headers?: Record<string, string>;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Route {
  method: HttpMethod;
  /** The path template exactly as the vendor's spec writes it, e.g. `/rest/api/3/project/{projectIdOrKey}`. */
  path: string;
  family: ApiFamily;
  /** The spec's operationId. The contract recorder checks requests route to it, and tests check each is exercised. */
  operationId?: string;
  /** Jira serves a few operations without authentication; bad credentials still get 401. */
  anonymous?: boolean;
  /** A successful call changes state, so the sandbox saves it afterwards. */
  mutates?: boolean;
  handle(context: RouteContext): RouteResult;
}

/** The caller of an anonymous request: in no group and no role, so it holds no permission. */
export const ANONYMOUS: UserRecord = {
  accountId: '',
  accountType: 'atlassian',
  displayName: 'Anonymous',
  active: true,
  timeZone: 'Etc/UTC',
  locale: 'en_US',
};

export const ok = (body: unknown): RouteResult => ({ status: 200, body });
export const created = (body: unknown): RouteResult => ({ status: 201, body });
