import type { ContractRecorder } from '../jira/contract';
import { judgeExchange, recorderFrom } from './judge-exchange';
import { SpecCheck } from './spec-check';

/**
 * A contract recorder for a help-desk sandbox: every request it receives and every answer it
 * sends is checked against the vendor's OpenAPI description (Zendesk, Intercom, ServiceNow in
 * the shared specs folder). Paths the spec does not describe are violations, except the
 * sandbox's own `/__sandbox/` endpoints.
 */
export async function createVendorContractRecorder(name: string, specFile: string): Promise<ContractRecorder> {
  const spec = await SpecCheck.load(name, specFile);
  return recorderFrom((exchange) =>
    exchange.url.split('?')[0].startsWith('/__sandbox/') ? undefined : judgeExchange(spec, exchange),
  );
}
