import { getIntegration } from '../integrations/integration-store';
import type { Integration } from '../integrations/integration';
import { UserFacingError } from '../shared/errors';
import type { Tool } from '../shared/roles';
import type { Caller } from './caller';
import { decide, type Action, type Target } from './rules';

type SiteAction = Extract<Action, 'app.read' | 'connections.manage' | 'site.administer' | 'gateway.manage' | 'desks.manage' | 'integrations.list'>;
type IntegrationAction = Extract<Action, 'integrations.view' | 'integrations.edit' | 'integrations.transfer' | 'logs.read'>;

/**
 * The rule a resolver declares: which action it performs and, from its (validated) payload,
 * on what. Every resolver must declare one; `guard` enforces it before the handler runs, so a
 * denied call changes nothing.
 */
export type AccessRule<P> =
  | { action: SiteAction }
  | { action: IntegrationAction; integrationId: (payload: P) => string }
  | { action: 'integrations.create'; newIntegration: (payload: P) => { tool: Tool; projectId: string } };

/** What the guard established, handed to the handler so it need not load it again. */
export interface Grant {
  caller: Caller;
  /** The integration the rule named, loaded once. */
  integration?: Integration;
}

export async function guard<P>(rule: AccessRule<P>, payload: P, caller: Caller): Promise<Grant> {
  let target: Target = { kind: 'site' };
  let integration: Integration | undefined;
  if ('integrationId' in rule) {
    integration = await getIntegration(rule.integrationId(payload));
    if (!integration) throw new UserFacingError('not-found', 'This integration no longer exists. Reload the page to see the current list.');
    target = { kind: 'integration', integration };
  } else if ('newIntegration' in rule) {
    target = { kind: 'new-integration', ...rule.newIntegration(payload) };
  }
  const decision = await decide(rule.action, caller, target);
  if (!decision.allowed) throw new UserFacingError('forbidden', decision.reason);
  return { caller, integration };
}
