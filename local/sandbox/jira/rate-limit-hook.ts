import type { IncomingRequest } from './dispatch';
import type { JiraRateLimiter, Refusal } from './rate-limits';
import type { RouteMatcher } from './route-match';

/** The limiter and whose calls it limits: the app's (Forge `asApp()`), as Jira counts its budgets. */
export interface AppLimits {
  limiter: JiraRateLimiter;
  appAuthorization: string;
}

/**
 * The server's hook into rate-limits.ts: for a call the limits apply to, whether it is refused
 * (answered 429 without running) or, once it ran, what it cost and the headers its answer carries.
 */
export function limitedCall(limits: AppLimits | undefined, matcher: RouteMatcher, request: IncomingRequest) {
  if (!limits?.limiter.settings || request.headers.authorization !== limits.appAuthorization) return undefined;
  const method = request.method.toUpperCase();
  const match = matcher.match(method, new URL(request.url, 'http://sandbox.invalid').pathname);
  if (!match || match.route.family === 'sandbox') return undefined;
  const call = { method, route: match.route.path, issue: match.params.issueIdOrKey };
  const refusal: Refusal | undefined = limits.limiter.admit(call);
  return {
    refusal,
    after: (responseBody: unknown) => {
      limits.limiter.charge(call, created(call.route, request.rawBody), responseBody);
      return limits.limiter.headers(call);
    },
  };
}

/** How many issues a bulk create asked for (each is a point); other writes cost one. */
function created(route: string, raw: string): number | undefined {
  if (!route.endsWith('/issue/bulk')) return undefined;
  try {
    return (JSON.parse(raw) as { issueUpdates?: unknown[] }).issueUpdates?.length;
  } catch {
    return undefined;
  }
}
