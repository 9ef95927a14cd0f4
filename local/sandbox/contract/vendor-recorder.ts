import type { ContractExchange, ContractRecorder, ContractViolation } from '../jira/contract';
import { judgeExchange } from './judge-exchange';
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
    const judged = judgeExchange(spec, exchange);
    if (judged.operationId) exercised.add(judged.operationId);
    violations.push(...judged.violations);
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
