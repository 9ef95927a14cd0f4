import type { ContractExchange, ContractRecorder, ContractViolation } from '../jira/contract';
import { SpecCheck } from './spec-check';

/**
 * A contract recorder for a help-desk sandbox: every request it receives and every answer it
 * sends is checked against the vendor's OpenAPI description (Zendesk, Intercom, ServiceNow in
 * the shared specs folder). Paths the spec does not describe are violations, except the
 * sandbox's own `/__sandbox/` endpoints.
 */
export async function createVendorContractRecorder(name: string, specFile: string): Promise<ContractRecorder> {
  const spec = await SpecCheck.load(name, specFile);
  let violations: ContractViolation[] = [];
  const exercised = new Set<string>();

  function record(exchange: ContractExchange): void {
    const pathname = exchange.url.split('?')[0];
    if (pathname.startsWith('/__sandbox/')) return;
    const request = { method: exchange.method, url: exchange.url, headers: exchange.requestHeaders, rawBody: exchange.requestBody };
    const violation = (where: ContractViolation['where'], operationId: string | null, errors: string[]) => {
      if (errors.length > 0) violations.push({ method: exchange.method, path: exchange.url, operationId, where, errors });
    };
    try {
      const operation = spec.match(request);
      if (!operation) return violation('request', null, [`the ${name} spec has no operation for ${exchange.method} ${pathname}`]);
      exercised.add(operation.operationId);
      violation('request', operation.operationId, spec.validateRequest(request, operation));
      violation('response', operation.operationId, spec.validateResponse(operation, exchange.status, exchange.responseHeaders['content-type'], exchange.responseBody));
    } catch (error) {
      violation('response', null, [`the contract check itself failed: ${error instanceof Error ? error.message : String(error)}`]);
    }
  }

  return {
    record,
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
