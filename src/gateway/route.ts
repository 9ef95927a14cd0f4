import type { CallingKey } from './authenticate';
import type { GatewayRequest } from './gateway-http';
import type { GatewayOperation } from './gateway-types';
import type { JsmService } from './bot-gateway';

/**
 * One route of the gateway API: method and path pattern (as docs/gateway.openapi.yaml writes it),
 * the operation the key must allow, and the handler. The route table is the single list of what
 * the API offers; a test holds it and the OpenAPI description to each other.
 */
export interface RouteContext {
  request: GatewayRequest;
  caller: CallingKey;
  /** Path parameters by name, e.g. `{ key: 'SUP-1' }`. */
  params: Record<string, string>;
  jsm: JsmService;
  now: number;
}

export interface RouteAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The request the call was about, for the audit entry. */
  requestKey?: string;
}

export interface Route {
  method: 'GET' | 'POST';
  /** e.g. `/requests/{key}/comments` */
  pattern: string;
  /** How the audit log names the call, e.g. `requests.comment`. */
  operation: string;
  /** What the key must allow; null: any valid key (GET /service-desks). */
  needs: GatewayOperation | null;
  handle(context: RouteContext): Promise<RouteAnswer>;
}

export type RouteMatch =
  | { kind: 'route'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'none' };

/** Finds the route for a method and path; says which methods a known path allows otherwise. */
export function matchRoute(routes: Route[], method: string, path: string): RouteMatch {
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    if (route.method === method) return { kind: 'route', route, params };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'none' };
}

function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const expected = pattern.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < expected.length; index++) {
    const name = /^\{(\w+)\}$/.exec(expected[index])?.[1];
    if (name) {
      if (!actual[index]) return null;
      try {
        params[name] = decodeURIComponent(actual[index]);
      } catch {
        return null;
      }
    } else if (expected[index] !== actual[index]) {
      return null;
    }
  }
  return params;
}
