import type { LocalDeskbridge } from '../../local/local-deskbridge';
import type { FreshdeskState } from '../../local/sandbox/freshdesk';
import { allLinksOfIntegration } from '../../src/sync/links/link-store';
import { engConfig, freshdeskAgent, jiraUser, setUpFreshdeskSync } from '../../test/support/sync-harness';
import { ownTime, trackInvocations, tracked } from './invocation-tracker';

/** Linked tickets the events go round. */
const TICKETS = 50;

/**
 * Event latency on the local runtime, in real time: a reply made in the help desk until its copy
 * is a Jira comment (webhook → web trigger → queue → consumer → Jira), and a Jira comment until
 * its copy is a note in the help desk (product event → trigger → queue → consumer → help desk),
 * one event at a time. Each latency is split into what Deskbridge's own code took (its
 * invocations, less their waits on Jira and the help desk) and the rest (the sandboxes, the
 * local platform's delivery of webhooks, events and queue messages).
 */
export async function measureLatency(deskbridge: LocalDeskbridge, events: number) {
  trackInvocations();
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig());
  const state = deskbridge.helpDesks.freshdesk.state as FreshdeskState;
  state.rate_limit_per_minute = 10_000_000; // latency, not rate limits
  const agent = freshdeskAgent(deskbridge);
  // Events go round a set of linked tickets, so no single conversation grows to thousands of entries.
  for (let index = 0; index < TICKETS; index++) await agent.createTicket({ subject: `Latency probe ${index}`, description: '<p>Measuring</p>' });
  await quiet(deskbridge);
  const links = await allLinksOfIntegration(integrationId);
  const issues = new Map(deskbridge.sandbox!.site.issues.map((issue) => [issue.id, issue]));
  const person = jiraUser(deskbridge);
  const toJira = await series(events, async (index) => {
    const link = links[index % links.length];
    const issue = issues.get(link.issueId)!;
    const before = issue.comments.length;
    const started = performance.now();
    await agent.reply(Number(link.ticketId), `<p>Reply ${index}</p>`);
    return { started, done: await until(() => issue.comments.length > before) };
  }, deskbridge);
  const toHelpdesk = await series(events, async (index) => {
    const link = links[index % links.length];
    const before = state.conversations.length;
    const started = performance.now();
    await person.comment(link.issueId, `Comment ${index}`);
    return { started, done: await until(() => state.conversations.length > before) };
  }, deskbridge);
  return { events, tickets: links.length, toJira, toHelpdesk };
}

async function series(events: number, one: (index: number) => Promise<{ started: number; done: number }>, deskbridge: LocalDeskbridge) {
  const latencies: number[] = [];
  let own = 0;
  for (let index = 0; index < events; index++) {
    tracked.length = 0;
    const { started, done } = await one(index);
    latencies.push(done - started);
    own += ownTime(started, done);
    await quiet(deskbridge);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
  return { p50Ms: at(0.5), p95Ms: at(0.95), meanMs: latencies.reduce((sum, value) => sum + value, 0) / latencies.length, ownShare: own / latencies.reduce((sum, value) => sum + value, 0) };
}

/** Resolves at the turn of the event loop on which `seen` first holds. */
function until(seen: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const look = () => (seen() ? resolve(performance.now()) : setImmediate(look));
    look();
  });
}

/** Waits until webhooks, product events and the queue are all done (echoes included) before the next event. */
async function quiet(deskbridge: LocalDeskbridge) {
  for (let round = 0; round < 3; round++) {
    await Promise.all(Object.values(deskbridge.helpDesks).map((helpDesk) => helpDesk.webhooks.settled()));
    await deskbridge.runtime.settle();
  }
}
