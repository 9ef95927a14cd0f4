import api, { type Route } from '@forge/api';
import { UserFacingError } from '../shared/errors';
import { describeRefusal, JiraRequestError, readRefusal } from './jira-error';

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
 * JiraRequestError (a UserFacingError) whose message names the call but never echoes a response
 * body, which may contain personal data; only a 400/422 refusal's messages about the request
 * Deskbridge sent are kept (`fieldErrors`), so callers can say which field Jira refused.
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
      // A network failure is transient like a 5xx; Forge's own proxy errors are not. A POST whose
      // answer was lost may have been carried out (a comment posted), so it is not repeated here:
      // the caller decides (the sync looks for the copy before writing again).
      if (!isNetworkFailure(error)) throw error;
      if (attempt < MAX_ATTEMPTS && method !== 'POST') {
        await sleep(retryDelayMs(null, attempt));
        continue;
      }
      throw new UserFacingError('unavailable', `Jira could not be reached (${method} ${path.value.split('?')[0]}); try again shortly.`);
    }
    // 429 and 503 say the request was not carried out; another 5xx on a POST may hide a done write.
    const transient = response.status === 429 || response.status === 503 || (response.status >= 500 && method !== 'POST');
    if (transient && attempt < MAX_ATTEMPTS) {
      await sleep(retryDelayMs(response.headers.get('retry-after'), attempt));
      continue;
    }
    if (response.ok || init.expect?.includes(response.status)) {
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
    }
    // Only a refusal of the request is read: its messages are about what Deskbridge sent.
    const refusal = response.status === 400 || response.status === 422 ? readRefusal(await response.text().catch(() => '')) : undefined;
    throw jiraError(method, path.value, response.status, response.headers.get('retry-after'), refusal);
  }
}

function retryDelayMs(retryAfter: string | null, attempt: number): number {
  const seconds = Number(retryAfter);
  const wanted = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 250 * 2 ** attempt;
  return Math.min(wanted, MAX_RETRY_WAIT_MS);
}

function jiraError(method: string, path: string, status: number, retryAfter: string | null, refusal?: ReturnType<typeof readRefusal>): JiraRequestError {
  const call = `${method} ${path.split('?')[0]}`;
  if (status === 401) return new JiraRequestError('auth', `Jira did not accept Deskbridge's credentials (${call}: 401). Reinstall the app on this site.`, status);
  if (status === 403) return new JiraRequestError('forbidden', `Jira refused ${call} (403): Deskbridge lacks a permission for it on this site.`, status);
  if (status === 404) return new JiraRequestError('not-found', `Jira found nothing at ${call} (404).`, status);
  if (status === 429) {
    const seconds = Number(retryAfter);
    const wait = retryAfter && Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
    return new JiraRequestError('rate-limited', `Jira is rate limiting Deskbridge${wait ? `; try again in ${wait} s` : ''}.`, status, [], {}, wait);
  }
  if (status >= 500) return new JiraRequestError('unavailable', `Jira is unavailable (${call}: ${status}); try again shortly.`, status);
  const said = refusal ? describeRefusal(refusal.errorMessages, refusal.fieldErrors) : '';
  return new JiraRequestError('invalid', `Jira rejected ${call} (${status})${said ? `: ${said}` : '.'}`, status, refusal?.errorMessages, refusal?.fieldErrors);
}

/** fetch() rejects with a TypeError when the server can't be reached (checked by name: errors may cross realms). */
const isNetworkFailure = (error: unknown) => (error as Error | undefined)?.name === 'TypeError';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
