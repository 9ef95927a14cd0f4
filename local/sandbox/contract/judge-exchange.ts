import type { ContractExchange, ContractRecorder, ContractViolation } from '../jira/contract';
import type { SpecCheck } from './spec-check';

/**
 * Checks one exchange against one spec: the request must match an operation and its parameters
 * and body; the answer must match that operation's response for the status sent. Returns the
 * violations and the operation exercised. A failure of the checker itself is reported as a
 * violation, never swallowed, so a broken check cannot pass silently.
 */
export function judgeExchange(
  spec: SpecCheck,
  exchange: ContractExchange,
  extraRequestProblems: (operationId: string) => string[] = () => [],
): { violations: ContractViolation[]; operationId?: string } {
  const violations: ContractViolation[] = [];
  const violation = (where: ContractViolation['where'], operationId: string | null, errors: string[]) => {
    if (errors.length > 0) violations.push({ method: exchange.method, path: exchange.url, operationId, where, errors });
  };
  const request = { method: exchange.method, url: exchange.url, headers: exchange.requestHeaders, rawBody: exchange.requestBody };
  try {
    const operation = spec.match(request);
    if (!operation) {
      violation('request', null, [`the ${spec.name} spec has no operation for ${exchange.method} ${exchange.url.split('?')[0]}`]);
      return { violations };
    }
    violation('request', operation.operationId, [...extraRequestProblems(operation.operationId), ...spec.validateRequest(request, operation)]);
    violation('response', operation.operationId, spec.validateResponse(operation, exchange.status, exchange.responseHeaders['content-type'], exchange.responseBody));
    return { violations, operationId: operation.operationId };
  } catch (error) {
    violation('response', null, [`the contract check itself failed: ${error instanceof Error ? error.message : String(error)}`]);
    return { violations };
  }
}

/**
 * A recorder around a judge: collects the violations it finds and the operations exercised.
 * `judge` answers undefined for exchanges no spec covers on purpose (the sandbox's own endpoints).
 */
export function recorderFrom(judge: (exchange: ContractExchange) => ReturnType<typeof judgeExchange> | undefined): ContractRecorder {
  let violations: ContractViolation[] = [];
  const exercised = new Set<string>();
  return {
    record(exchange) {
      const judged = judge(exchange);
      if (!judged) return;
      if (judged.operationId) exercised.add(judged.operationId);
      violations.push(...judged.violations);
    },
    get violations() {
      return violations;
    },
    exercised,
    take() {
      const taken = violations;
      violations = [];
      return taken;
    },
  };
}
