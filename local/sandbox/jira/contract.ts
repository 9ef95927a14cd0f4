import { join } from 'node:path';
import { judgeExchange, recorderFrom } from '../contract/judge-exchange';
import { SpecCheck } from '../contract/spec-check';

/**
 * Keeps the sandbox honest against Atlassian's OpenAPI descriptions: every request the sandbox
 * receives and every response it sends is checked against the operation the spec routes it to
 * (Jira platform for /rest/api/3, JSM for /rest/servicedeskapi), and what does not conform is
 * recorded. A sandbox that drifts from Jira would let Deskbridge pass tests it fails in the
 * cloud; this is the guard. Security requirements are not checked: Forge signs real requests,
 * and the sandbox's own 401 handling is tested directly.
 */

export interface ContractViolation {
  method: string;
  /** Path and query string. */
  path: string;
  /** The spec operation, or null when the spec has none for this method and path. */
  operationId: string | null;
  where: 'request' | 'response';
  errors: string[];
}

/** One request and its answer, as the sandbox server saw them. */
export interface ContractExchange {
  method: string;
  url: string;
  requestHeaders: Record<string, string | string[] | undefined>;
  requestBody: string;
  status: number;
  responseHeaders: Record<string, string>;
  responseBody: string;
  /** The sandbox route that answered, or undefined when none did. */
  route?: { path: string; operationId?: string };
}

export interface ContractRecorder {
  record(exchange: ContractExchange): void;
  /** Everything recorded so far, oldest first. */
  readonly violations: readonly ContractViolation[];
  /** operationIds the spec routed at least one request to. */
  readonly exercised: ReadonlySet<string>;
  /** Returns the violations recorded so far and forgets them (for tests that expect some). */
  take(): ContractViolation[];
}

/** Where the Atlassian specs sit under the shared specs folder (see its README). */
export const SPEC_FILES = {
  jira: 'normalized/jira-platform-v3.normalized.json',
  jsm: 'normalized/jsm.normalized.json',
} as const;

export async function createContractRecorder(specsDir: string): Promise<ContractRecorder> {
  const [jira, jsm] = await Promise.all([SpecCheck.load('jira', join(specsDir, SPEC_FILES.jira)), SpecCheck.load('jsm', join(specsDir, SPEC_FILES.jsm))]);
  return recorderFrom((exchange) => {
    const pathname = exchange.url.split('?')[0];
    // The sandbox's own controls and the personal data reporting API are in no Atlassian spec.
    if (pathname.startsWith('/__sandbox/') || /^\/app\/report-accounts(\/|$)/.test(pathname)) return undefined;
    const spec = pathname.startsWith('/rest/servicedeskapi/') ? jsm : jira;
    return judgeExchange(spec, exchange, (operationId) => routeProblems(exchange, operationId));
  });
}

/** The sandbox must serve the operation, and under the operationId its route table claims. */
function routeProblems(exchange: ContractExchange, operationId: string): string[] {
  if (!exchange.route) return [`the sandbox has no route for ${operationId} (${exchange.method} ${exchange.url.split('?')[0]})`];
  if (exchange.route.operationId !== operationId) {
    return [`the sandbox route ${exchange.route.path} claims operation ${String(exchange.route.operationId)}, but the spec routes this request to ${operationId}`];
  }
  return [];
}
