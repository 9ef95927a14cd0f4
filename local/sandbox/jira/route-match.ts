import type { Route } from './route';

/**
 * Matches a request path against the route table's templates (`/project/{projectIdOrKey}`).
 * Templates with fewer parameters win, so `/project/search` is never taken for a project key,
 * whatever order the table lists them in.
 */

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export class RouteMatcher {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes.map(compile).sort((a, b) => a.names.length - b.names.length);
  }

  match(method: string, pathname: string): RouteMatch | undefined {
    // Jira treats a trailing slash as the same resource.
    const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
    for (const { route, pattern, names } of this.compiled) {
      if (route.method !== method) continue;
      const found = pattern.exec(path);
      if (!found) continue;
      const params = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1])]));
      return { route, params };
    }
    return undefined;
  }
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const parameter = /^\{([^}]+)\}$/.exec(part);
      if (!parameter) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(parameter[1]);
      return '([^/]+)';
    })
    .join('');
  return { route, pattern: new RegExp(`^${source}$`), names };
}
