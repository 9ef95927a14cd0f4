import type { VendorRequest } from '../vendor/vendor-sandbox';
import type { Caller } from './auth';
import type { IntercomState } from './state';

/** What a handler gets: the request, the live state, the authenticated caller, the path's parameters. */
export interface HandlerContext {
  request: VendorRequest;
  state: IntercomState;
  caller: Caller;
  params: Record<string, string>;
  /** The request body when it is a JSON object, else an empty object. */
  body: Record<string, unknown>;
  now: number;
}

export interface HandlerResult {
  status?: number;
  body: unknown;
  changed?: boolean;
}

export type Handler = (context: HandlerContext) => HandlerResult;

export interface Route {
  method: string;
  /** The spec's path template, e.g. `/conversations/{conversation_id}`. */
  path: string;
  /** The spec's operationId (the contract test checks each is exercised). */
  operationId: string;
  handler: Handler;
}

/** Matches a path against a spec template; the parameters decoded, or undefined. */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const match = new RegExp(`^${pattern}$`).exec(path);
  if (!match) return undefined;
  try {
    return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1])]));
  } catch {
    return undefined;
  }
}
