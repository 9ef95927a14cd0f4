/**
 * The sync engine's own Jira requests, checked against Atlassian's OpenAPI descriptions: a
 * ticket creates an issue, replies and notes become public, restricted and internal comments,
 * Jira comments come back, fields and statuses follow both ways, and the poll searches with
 * JQL. Every request the queue consumers and triggers send, and every answer, must match.
 */
import './support/ref-parser-stub';
import type { LocalDeskbridge } from '../../local/local-deskbridge';
import { startLocalDeskbridge } from '../../local/local-deskbridge';
import { createContractRecorder, type ContractRecorder } from '../../local/sandbox/jira/contract';
import { repoRoot } from '../support/local-app';
import { ENG_STATUS, engConfig, FRESHDESK_STATUS, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync, supConfig } from '../support/sync-harness';
import { describeWithSpecs, SPECS_DIR } from './support/specs-dir';

describeWithSpecs("the sync engine's Jira requests", () => {
  let recorder: ContractRecorder;
  let deskbridge: LocalDeskbridge;

  beforeAll(async () => {
    recorder = await createContractRecorder(SPECS_DIR!);
    deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, jiraContract: recorder, queueDelayScale: 0.001 });
  });
  afterAll(() => deskbridge?.close());

  test('both directions on ENG and SUP, then the poll', async () => {
    for (const project of ['ENG', 'SUP'] as const) {
      await setUpFreshdeskSync(deskbridge, project === 'ENG' ? engConfig() : supConfig(), { project });
      recorder.take();
      const agent = freshdeskAgent(deskbridge);
      const jira = jiraUser(deskbridge);
      const ticket = await agent.createTicket({ subject: `Contract ${project}`, description: '<p>Hello <b>world</b></p>', tags: ['contract'] });
      await settle(deskbridge);
      const [issue] = await jira.search(`issue.property[deskbridge].ticketId = "${ticket.id}"`);
      await agent.reply(ticket.id, '<p>Public reply</p>');
      await agent.note(ticket.id, '<p>Private note</p>');
      await agent.update(ticket.id, { subject: `Contract ${project} (edited)`, status: Number(FRESHDESK_STATUS.pending) });
      await settle(deskbridge);
      await jira.comment(issue.key, 'From Jira');
      await jira.edit(issue.key, { summary: `Contract ${project} (from Jira)` });
      if (project === 'ENG') await jira.transition(issue.key, '31');
      await settle(deskbridge);
      await deskbridge.runtime.runScheduledTrigger('sync-poll-every-five-minutes');
      await settle(deskbridge);
      expect((await jira.issue(issue.id)).fields.status.id).toBe(project === 'ENG' ? ENG_STATUS.done : '3');
      expect(recorder.take()).toEqual([]);
    }
    expect([...recorder.exercised].sort()).toEqual(
      expect.arrayContaining(['createIssue', 'getIssue', 'editIssue', 'getComments', 'addComment', 'getTransitions', 'doTransition', 'setIssueProperty', 'searchAndReconsileIssuesUsingJqlPost']),
    );
  }, 120_000);
});
