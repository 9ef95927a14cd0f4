/**
 * Every JQL example in the README's "Searching and reporting" section parses and finds exactly
 * the issues it promises, on the sandbox Jira (which evaluates the indexed `deskbridge` property
 * as declared in manifest.yml).
 */
import fs from 'node:fs';
import path from 'node:path';
import { JQL_EXAMPLES } from '../../../src/shared/jql-examples';
import { repoRoot, useLocalDeskbridge } from '../../support/local-app';
import { ENG_STATUS, engConfig, FRESHDESK_STATUS, freshdeskAgent, jiraUser, settle, setUpFreshdeskSync } from '../../support/sync-harness';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });

function readmeExamples(): string[] {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const block = /<!-- jql-examples[^>]*-->\s*```\n([\s\S]*?)```\s*<!-- \/jql-examples -->/.exec(readme);
  if (!block) throw new Error('README.md lost its jql-examples block');
  return block[1].split('\n').map((line) => line.trim()).filter(Boolean);
}

test('each README JQL example matches the issues it describes', async () => {
  const { deskbridge } = local;
  // Statuses flow to Jira only, so an issue can be Done while its ticket is still open.
  const config = engConfig();
  await setUpFreshdeskSync(deskbridge, { ...config, statuses: { ...config.statuses, direction: 'to-jira' } });
  const agent = freshdeskAgent(deskbridge);
  const jira = jiraUser(deskbridge);
  const keyOf = async (ticketId: number) => (await jira.search(`issue.property[deskbridge].ticketId = "${ticketId}"`))[0].key as string;

  const open = await agent.createTicket({ subject: 'Still open', description: '<p>a</p>' });
  const doneInJira = await agent.createTicket({ subject: 'Done in Jira', description: '<p>b</p>' });
  const stuck = await agent.createTicket({ subject: 'Will get stuck', description: '<p>c</p>' });
  await settle(deskbridge);
  await jira.transition(await keyOf(doneInJira.id), '31');
  await fetch(`${deskbridge.jiraUrl}/__sandbox/projects/ENG/workflow`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ transitions: [{ id: '11', name: 'To Do', from: [], to: ENG_STATUS.todo }, { id: '31', name: 'Done', from: [], to: ENG_STATUS.done }] }),
  });
  await agent.update(stuck.id, { status: Number(FRESHDESK_STATUS.pending) });
  await settle(deskbridge);

  const [a, b, c] = [await keyOf(open.id), await keyOf(doneInJira.id), await keyOf(stuck.id)];
  const expected: Record<string, string[]> = {
    'issue.property[deskbridge].tool = "freshdesk"': [a, b, c],
    'issue.property[deskbridge].syncState = "stuck"': [c],
    'issue.property[deskbridge].ticketStatus != "Resolved" AND statusCategory = Done': [b],
    'issue.property[deskbridge].linkedAt >= startOfWeek()': [a, b, c],
    [`issue.property[deskbridge].ticketId = "${open.id}"`]: [a],
  };
  const examples = readmeExamples();
  // The admin page's examples are among the README's, so they are checked here too.
  expect(examples).toEqual(expect.arrayContaining(JQL_EXAMPLES.map(({ jql }) => jql)));
  expect(examples.sort()).toEqual(Object.keys(expected).sort());
  for (const jql of examples) {
    const found = (await jira.search(jql)).map((issue: { key: string }) => issue.key).sort();
    expect({ jql, found }).toEqual({ jql, found: expected[jql].sort() });
  }
});
