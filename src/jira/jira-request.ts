import api, { type Route } from '@forge/api';
import { UserFacingError } from '../shared/errors';

/** Who a Jira call runs as: the app (Deskbridge's own account) or the invoking user. */
export type Principal = { as: 'app' } | { as: 'user'; accountId: string };
export const AS_APP: Principal = { as: 'app' };

export interface JiraRequest {
  /** Who the call runs as; the app unless said otherwise. */
  as?: Principal;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Statuses the caller handles itself (e.g. 404 when "absent" is a normal answer). */
  expect?: number[];
  /** Extra request headers, e.g. `X-ExperimentalApi: opt-in` for JSM's experimental endpoints. */
  headers?: Record<string, string>;
}

export interface JiraResponse<T> {
  status: number;
  body: T;
}

/** Retries are for transient failures only, and few: a resolver has 25 s in all. */
const MAX_ATTEMPTS = 3;
const MAX_RETRY_WAIT_MS = 5_000;

/**
 * The one way src/ talks to Jira and JSM. Call it as `requestJira(route\`...\`, { ... })`, with the
 * route first and an object literal second: that is the shape @forge/lint reads to check that
 * manifest.yml declares the endpoint's scope (any other shape is skipped silently).
 * It runs the call as the given principal,
 * retries 429 and 5xx (honouring Retry-After) and turns every other failure into a
 * UserFacingError whose message names the call but never echoes the response body,
 * which may contain personal data.
 */
export async function requestJira<T>(path: Route, init: JiraRequest = {}): Promise<JiraResponse<T>> {
  const principal = init.as ?? AS_APP;
  const requester = principal.as === 'app' ? api.asApp() : api.asUser(principal.accountId);
  const method = init.method ?? 'GET';
  for (let attempt = 1; ; attempt++) {
    let response: Awaited<ReturnType<typeof requester.requestJira>>;
    try {
      response = await requester.requestJira(path, {
        method,
        headers: { Accept: 'application/json', ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
        body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      });
    } catch (error) {
      // A network failure is transient like a 5xx; Forge's own proxy errors are not.
      if (!isNetworkFailure(error)) throw error;
      if (attempt < MAX_ATTEMPTS) {
        await sleep(retryDelayMs(null, attempt));
        continue;
      }
      throw new UserFacingError('unavailable', `Jira could not be reached (${method} ${path.value.split('?')[0]}); try again shortly.`);
    }
    const transient = response.status === 429 || response.status >= 500;
    if (transient && attempt < MAX_ATTEMPTS) {
      await sleep(retryDelayMs(response.headers.get('retry-after'), attempt));
      continue;
    }
    if (response.ok || init.expect?.includes(response.status)) {
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
    }
    throw jiraError(method, path.value, response.status, response.headers.get('retry-after'));
  }
}

function retryDelayMs(retryAfter: string | null, attempt: number): number {
  const seconds = Number(retryAfter);
  const wanted = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 250 * 2 ** attempt;
  return Math.min(wanted, MAX_RETRY_WAIT_MS);
}

function jiraError(method: string, path: string, status: number, retryAfter: string | null): UserFacingError {
  const call = `${method} ${path.split('?')[0]}`;
  if (status === 401) return new UserFacingError('auth', `Jira did not accept Deskbridge's credentials (${call}: 401). Reinstall the app on this site.`);
  if (status === 403) return new UserFacingError('forbidden', `Jira refused ${call} (403): Deskbridge lacks a permission for it on this site.`);
  if (status === 404) return new UserFacingError('not-found', `Jira found nothing at ${call} (404).`);
  if (status === 429) return new UserFacingError('rate-limited', `Jira is rate limiting Deskbridge${retryAfter ? `; try again in ${retryAfter} s` : ''}.`);
  if (status >= 500) return new UserFacingError('unavailable', `Jira is unavailable (${call}: ${status}); try again shortly.`);
  return new UserFacingError('invalid', `Jira rejected ${call} (${status}).`);
}

/** fetch() rejects with a TypeError when the server can't be reached (checked by name: errors may cross realms). */
const isNetworkFailure = (error: unknown) => (error as Error | undefined)?.name === 'TypeError';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
