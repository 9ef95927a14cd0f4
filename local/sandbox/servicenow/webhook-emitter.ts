import type { VendorRequest, VendorResponse } from '../vendor/vendor-sandbox';
import { pasteTargets } from '../vendor/webhook-control';
import type { WebhookOutbox } from '../vendor/webhook-outbox';
import type { ServicenowState } from './state';

/**
 * An instance's business rule on incident that runs an outbound REST message, as an admin set
 * them up (`POST /__sandbox/webhooks` with the REST message's endpoint, headers and content):
 * after an incident is inserted or updated through the Table API (Deskbridge's own writes
 * included), every target whose events include the change gets the content with its `${…}`
 * variables set the way Deskbridge's business rule sets them.
 * https://www.servicenow.com/docs/r/api-reference/web-services/c_VariableSubstitutionREST.html
 */
export type IncidentChange = { event: 'ticket.created' | 'ticket.updated' | 'comment.created'; sysId: string };

/** Which change an answered Table API call on incident was; undefined for reads, other tables, refusals. */
export function incidentChangeOf(request: VendorRequest, table: string, sysId: string | undefined, response: VendorResponse): IncidentChange | undefined {
  if (table !== 'incident' || response.status >= 300) return undefined;
  const method = request.method.toUpperCase();
  if (method === 'POST' && !sysId) {
    const created = /\/([0-9a-f]{32})$/.exec(response.headers?.location ?? '')?.[1];
    return created ? { event: 'ticket.created', sysId: created } : undefined;
  }
  if ((method === 'PATCH' || method === 'PUT') && sysId) {
    const body = (request.body ?? {}) as Record<string, unknown>;
    // What `current.comments.changes() || current.work_notes.changes()` sees in the business rule.
    const journal = ['comments', 'work_notes'].some((field) => typeof body[field] === 'string' && (body[field] as string).trim() !== '');
    return { event: journal ? 'comment.created' : 'ticket.updated', sysId };
  }
  return undefined;
}

export function incidentChanged(state: ServicenowState, change: IncidentChange, outbox: WebhookOutbox | undefined): void {
  const incident = state.tables.incident.find((record) => record.sys_id === change.sysId);
  if (!outbox || !incident) return;
  const variables: Record<string, string> = {
    sys_id: incident.sys_id,
    number: incident.number ?? '',
    event: change.event,
    sent_at: String(Math.floor(Date.now() / 1000)),
  };
  for (const target of pasteTargets(state, change.event)) {
    // An unset variable stays as written, which makes a mistyped name visible at the receiver.
    const body = target.payloadTemplate.replace(/\$\{(\w+)\}/g, (whole, name: string) => (name in variables ? JSON.stringify(variables[name]).slice(1, -1) : whole));
    outbox.send(change.event, () => ({ url: target.url, method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'ServiceNow', ...target.headers }, body }));
  }
}
