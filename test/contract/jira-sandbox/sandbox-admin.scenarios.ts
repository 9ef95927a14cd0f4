import { SEED_USERS } from '../../../local/sandbox/jira';
import { jiraError, jsmError, type Harness } from '../support/contract-harness';

/** The sandbox's own endpoints, and what it answers for routes it does not serve. */
export function sandboxAdminScenarios(h: Harness): void {
  describe('/__sandbox', () => {
    test('GET /__sandbox/users: every account, seeded ones with their short key', async () => {
      const { status, body } = await h.call(null, 'GET', '/__sandbox/users');
      expect(status).toBe(200);
      expect(body.users.map((user: { key: string; accountId: string }) => [user.key, user.accountId])).toEqual(
        Object.entries(SEED_USERS).map(([key, user]) => [key, user.accountId]),
      );
      expect(body.users.find((user: { key: string }) => user.key === 'gdprClosed')).toMatchObject({ active: false });
    });

    test('POST /__sandbox/reset: back to the seed', async () => {
      expect((await h.call('admin', 'POST', '/rest/api/3/group', { name: 'deskbridge-jira-temporary' })).status).toBe(201);
      expect((await h.call(null, 'POST', '/__sandbox/reset')).status).toBe(200);
      const { body } = await h.call('app', 'GET', '/rest/api/3/group/bulk?groupName=deskbridge-jira-temporary');
      expect(body.values).toEqual([]);
      // The live state handed to tests follows the reset.
      expect(h.sandbox.site.groups.map((group) => group.name)).not.toContain('deskbridge-jira-temporary');
    });
  });

  describe('routes the sandbox does not serve', () => {
    test('an unknown Jira path: 404 in Jira’s shape, and a violation', async () => {
      expect(await h.call('app', 'GET', '/rest/api/3/no-such-thing')).toEqual({ status: 404, body: jiraError });
      const [violation] = h.expectViolations([{ operationId: null, where: 'request' }]);
      expect(violation.errors[0]).toContain('has no operation');
    });

    test('a Jira operation the sandbox does not implement yet: 404, and a violation naming it', async () => {
      expect(await h.call('app', 'GET', '/rest/api/3/issue/SUP-1/worklog')).toEqual({ status: 404, body: jiraError });
      const taken = h.expectViolations([{ operationId: 'getIssueWorklog', where: 'request' }]);
      expect(taken[0].errors).toEqual([expect.stringContaining('the sandbox has no route for getIssueWorklog')]);
    });

    test('an unknown JSM path: 404 in JSM’s shape', async () => {
      expect(await h.call('app', 'GET', '/rest/servicedeskapi/no-such-thing')).toEqual({ status: 404, body: jsmError });
      h.expectViolations([{ operationId: null, where: 'request' }]);
    });
  });
}
