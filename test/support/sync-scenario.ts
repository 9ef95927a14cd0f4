import type { LocalDeskbridge } from '../../local/local-deskbridge';
import { setNetworkFaults, type FaultPolicy } from '../../local/runtime/network-faults';
import type { ProductEvent } from '../../local/runtime/triggers';
import { invokeOk, ROLES } from './local-app';
import { engConfig, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync } from './sync-harness';

/** One change a person makes on one side of a linked pair. */
export type Op =
  | { kind: 'ticketReply'; text: string }
  | { kind: 'ticketNote'; text: string }
  | { kind: 'jiraComment'; text: string; restricted: boolean }
  | { kind: 'ticketSubject'; text: string }
  | { kind: 'jiraSummary'; text: string };

/** What happens to the notice (webhook or Jira event) an op causes. */
export type Fate = 'once' | 'twice' | 'dropped';

/** Where notices wait until the scenario delivers them, in the order it chooses. */
export class Inbox {
  private readonly held: (() => Promise<unknown>)[] = [];
  hold(delivery: () => Promise<unknown>, fate: Fate): void {
    if (fate === 'dropped') return;
    this.held.push(delivery);
    if (fate === 'twice') this.held.push(delivery);
  }
  /** Delivers everything held, in the order `order` picks (indexes into what is held, wrapped). */
  async deliverAll(order: number[] = []): Promise<void> {
    const batch = this.held.splice(0);
    for (const pick of order) {
      if (batch.length < 2) break;
      const [moved] = batch.splice(pick % batch.length, 1);
      batch.push(moved);
    }
    for (const delivery of batch) await delivery();
  }
}

/** Intercepts Jira's events into the inbox with the fate the scenario gives the next one. */
export function jiraEventInterceptor() {
  const state = { inbox: undefined as Inbox | undefined, fate: 'once' as Fate };
  const intercept = (event: ProductEvent, deliver: (event: ProductEvent) => void) => {
    if (!state.inbox) return deliver(event);
    state.inbox.hold(async () => deliver(event), state.fate);
  };
  return { state, intercept };
}

const textOf = (comment: any): string => comment.body.content.map((block: any) => (block.content ?? []).map((inline: any) => inline.text).join('')).join('\n');
const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim();

/** Both sides of the pair, reduced to what a person compares. */
export interface PairState {
  issues: number;
  subject: string;
  summary: string;
  jiraComments: string[];
  ticketComments: string[];
}

/**
 * Runs `ops` against a fresh linked pair (Freshdesk ↔ ENG): each op is made by a person through
 * the sandbox's API, its notice (a signed-as-pasted Freshdesk webhook, or the Jira event) gets
 * its fate, notices are delivered in the chosen order, then the safety-net poll runs. Returns
 * the final state of both sides.
 */
export async function runScenario(
  deskbridge: LocalDeskbridge,
  events: ReturnType<typeof jiraEventInterceptor>['state'],
  ops: { op: Op; fate: Fate }[],
  order: number[] = [],
  faults?: FaultPolicy,
): Promise<PairState> {
  events.inbox = undefined;
  setNetworkFaults(undefined);
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig(), { webhooks: false });
  const setup = await invokeOk(deskbridge, ROLES.jiraAdmin, 'sync-webhook/regenerate-secret', { integrationId });
  const secret = setup.instructions.headers[0].value as string;
  setNetworkFaults(faults);
  const agent = freshdeskAgent(deskbridge);
  const jira = jiraUser(deskbridge);
  const webhook = (ticketId: number, event: string) => () =>
    deskbridge.runtime.invokeWebTrigger('helpdesk-webhook', {
      method: 'POST',
      path: `/${integrationId}`,
      headers: { 'x-deskbridge-secret': secret, 'content-type': 'application/json' },
      body: JSON.stringify({ ticket_id: String(ticketId), event, sent_at: String(Math.floor(Date.now() / 1000)) }),
    });
  const ticket = await agent.createTicket({ subject: 'Scenario ticket', description: '<p>Start</p>' });
  await webhook(ticket.id, 'ticket.created')();
  await settle(deskbridge);
  const [issue] = await jira.search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);
  const inbox = new Inbox();
  events.inbox = inbox;
  for (const { op, fate } of ops) {
    events.fate = fate;
    if (op.kind === 'ticketReply') await agent.reply(ticket.id, `<p>${op.text}</p>`);
    if (op.kind === 'ticketNote') await agent.note(ticket.id, `<p>${op.text}</p>`);
    if (op.kind === 'ticketSubject') await agent.update(ticket.id, { subject: op.text });
    if (op.kind === 'jiraComment') await jira.comment(issue.key, op.text, op.restricted ? { role: 'Administrators' } : {});
    if (op.kind === 'jiraSummary') await jira.edit(issue.key, { summary: op.text });
    if (op.kind.startsWith('ticket')) inbox.hold(webhook(ticket.id, 'ticket.updated'), fate);
    await new Promise((resolve) => setTimeout(resolve, 30)); // let the sandbox raise the Jira event
  }
  await inbox.deliverAll(order);
  events.inbox = undefined;
  await settle(deskbridge);
  await deskbridge.runtime.runScheduledTrigger('sync-poll-every-five-minutes');
  await settle(deskbridge);
  setNetworkFaults(undefined);
  const issues = await jira.search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);
  const final = await jira.issue(issue.id);
  return {
    issues: issues.length,
    subject: (await agent.ticket(ticket.id)).subject,
    summary: final.fields.summary,
    jiraComments: (await jira.comments(issue.id)).map((comment: any) => `${textOf(comment)}${comment.visibility ? ' (restricted)' : ''}`).sort(),
    ticketComments: (await agent.conversations(ticket.id)).map((c) => `${plain(c.body)}${c.private ? ' (restricted)' : ''}`).sort(),
  };
}

/** The state applying each op exactly once must give. */
export function expectedComments(ops: Op[]): string[] {
  return ops
    .flatMap((op) => {
      if (op.kind === 'ticketReply') return [op.text];
      if (op.kind === 'ticketNote') return [`${op.text} (restricted)`];
      if (op.kind === 'jiraComment') return [`${op.text}${op.restricted ? ' (restricted)' : ''}`];
      return [];
    })
    .sort();
}
