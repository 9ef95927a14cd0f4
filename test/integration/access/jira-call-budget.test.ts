/**
 * Jira's points-based rate limits apply to apps, so role resolution must stay cheap: this counts
 * the Jira calls one resolver invocation makes, per role, and holds them to a budget.
 */
import { ROLES, invokeOk, invokeResolver, useLocalDeskbridge, type Role } from '../../support/local-app';

const calls: { invocationId?: string; method: string; path: string }[] = [];
const local = useLocalDeskbridge({ onProductRequest: (request) => calls.push(request) });

async function count(role: Role, key: string, payload: unknown = {}) {
  calls.length = 0;
  await invokeResolver(local.deskbridge, ROLES[role], key, payload);
  return calls.map((call) => `${call.method} ${call.path.split('?')[0]}`);
}

beforeAll(async () => {
  await invokeOk(local.deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'A', tool: 'freshdesk', projectId: '10000' });
  await invokeOk(local.deskbridge, ROLES.jiraAdmin, 'integrations/create', { name: 'B', tool: 'freshdesk', projectId: '10001' });
});

test('integrations/list: two calls to resolve any role, one more for a member whose integrations span other projects', async () => {
  const budget = {
    jiraAdmin: await count('jiraAdmin', 'integrations/list'),
    projectAdmin: await count('projectAdmin', 'integrations/list'),
    toolMember: await count('toolMember', 'integrations/list'),
    outsider: await count('outsider', 'integrations/list'),
  };
  console.log('Jira calls per integrations/list invocation:', Object.fromEntries(Object.entries(budget).map(([role, list]) => [role, list.length])));
  expect(budget.jiraAdmin.sort()).toEqual(['GET /rest/api/3/user/groups', 'POST /rest/api/3/permissions/check']);
  expect(budget.projectAdmin).toHaveLength(2);
  expect(budget.toolMember).toHaveLength(3);
  expect(budget.outsider).toHaveLength(2);
});

test('app/identity makes exactly one call, and does not resolve the role', async () => {
  expect(await count('outsider', 'app/identity')).toEqual(['GET /rest/api/3/myself']);
});

// Every scenario × role starts from fresh fixtures: a full table takes far longer than jest's default 30 s.
test('every resolver stays within six Jira calls per invocation, for every role', async () => {
  const { SCENARIOS, freshFixtures } = await import('../../support/access-scenarios');
  const table: Record<string, Record<string, number>> = {};
  for (const scenario of SCENARIOS) {
    for (const role of Object.keys(ROLES) as Role[]) {
      const fixtures = await freshFixtures(local.deskbridge);
      const made = await count(role, scenario.key, scenario.payload(fixtures));
      table[`${scenario.key} (${scenario.about})`] = { ...table[`${scenario.key} (${scenario.about})`], [role]: made.length };
      expect(made.length).toBeLessThanOrEqual(6);
    }
  }
  console.log(`Jira calls per invocation:\n${Object.entries(table).map(([row, counts]) => `${row}: ${JSON.stringify(counts)}`).join('\n')}`);
}, 300_000);
