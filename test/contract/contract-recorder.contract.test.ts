/**
 * The contract recorder must be able to fail: these tests feed it a sandbox that answers wrongly,
 * requests that break the spec, and hand-made exchanges, and check each is caught. Without them
 * a recorder that accepted everything would make the sandbox contract test pass vacuously.
 */
import type { ContractExchange } from '../../local/sandbox/jira/contract';
import { id, useContractSandbox } from './support/contract-harness';
import { describeWithSpecs } from './support/specs-dir';

const exchange = (overrides: Partial<ContractExchange>): ContractExchange => ({
  method: 'GET',
  url: '/rest/api/3/myself',
  requestHeaders: { authorization: 'Basic eDpmb3JnZS1sb2NhbA==' },
  requestBody: '',
  status: 200,
  responseHeaders: { 'content-type': 'application/json;charset=UTF-8' },
  responseBody: JSON.stringify({ accountId: 'x', accountType: 'app', displayName: 'X', active: true }),
  route: { path: '/rest/api/3/myself', operationId: 'getCurrentUser' },
  ...overrides,
});

describeWithSpecs('contract recorder', () => {
  const h = useContractSandbox();

  describe('through the live sandbox', () => {
    test('a response that breaks the schema (an accountType Jira does not have)', async () => {
      const user = h.sandbox.site.users.find((candidate) => candidate.accountId === id('outsider'))!;
      (user as { accountType: string }).accountType = 'robot';
      try {
        expect((await h.call('app', 'GET', `/rest/api/3/user?accountId=${id('outsider')}`)).status).toBe(200);
      } finally {
        user.accountType = 'atlassian';
      }
      const [violation] = h.expectViolations([{ operationId: 'getUser', where: 'response' }]);
      expect(violation.errors).toEqual([expect.stringContaining('/accountType must be equal to one of the allowed values')]);
    });

    test('a response that breaks the schema (a project type Jira does not have)', async () => {
      const project = h.sandbox.site.projects[0];
      const original = project.projectTypeKey;
      (project as { projectTypeKey: string }).projectTypeKey = 'kanban';
      try {
        await h.call('app', 'GET', `/rest/api/3/project/${project.key}`);
      } finally {
        project.projectTypeKey = original;
      }
      h.expectViolations([{ operationId: 'getProject', where: 'response' }]);
    });

    test('a request that breaks the spec (project keys where ids belong, an unknown query parameter)', async () => {
      await h.call('app', 'POST', '/rest/api/3/permissions/check', { projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: ['SUP'] }] });
      await h.call('app', 'GET', '/rest/api/3/group/bulk?groupNames=jira-users');
      const taken = h.expectViolations([
        { operationId: 'getBulkPermissions', where: 'request' },
        { operationId: 'bulkGetGroups', where: 'request' },
      ]);
      expect(taken[0].errors).toEqual(['/requestBody/projectPermissions/0/projects/0 must be integer']);
      expect(taken[1].errors).toEqual(['/query must NOT have additional properties: "groupNames"']);
    });
  });

  describe('given exchanges directly', () => {
    const check = (overrides: Partial<ContractExchange>) => {
      h.recorder.record(exchange(overrides));
      return h.recorder.take();
    };

    test('a conforming exchange passes', () => {
      expect(check({})).toEqual([]);
    });

    test('a wrong body: extra property, wrong type, bad format', () => {
      const [violation] = check({ responseBody: JSON.stringify({ accountId: 7, nickname: 'x', self: 'not a uri' }) });
      expect(violation).toMatchObject({ operationId: 'getCurrentUser', where: 'response' });
      expect(violation.errors).toEqual(
        expect.arrayContaining(['(root) must NOT have additional properties: "nickname"', '/accountId must be string', '/self must match format "uri"']),
      );
    });

    test('a status the spec does not document', () => {
      expect(check({ status: 418 })[0].errors).toEqual(['status 418 is not documented for getCurrentUser (documented: 200, 401)']);
    });

    test('an empty, a non-JSON and a wrongly typed body where the spec has a schema', () => {
      expect(check({ responseBody: '' })[0].errors[0]).toContain('was empty');
      expect(check({ responseBody: '<html>' })[0].errors[0]).toContain('not JSON');
      expect(check({ responseHeaders: { 'content-type': 'text/html' } })[0].errors[0]).toContain('must be application/json');
    });

    test('a JSM error answered in Jira’s shape', () => {
      const violations = check({
        url: '/rest/servicedeskapi/servicedesk',
        status: 401,
        responseBody: JSON.stringify({ errorMessages: ['no'], errors: {} }),
        route: { path: '/rest/servicedeskapi/servicedesk', operationId: 'getServiceDesks' },
      });
      expect(violations).toMatchObject([{ operationId: 'getServiceDesks', where: 'response' }]);
    });

    test('a route that claims another operation, and a request no sandbox route served', () => {
      expect(check({ route: { path: '/rest/api/3/myself', operationId: 'getMyself' } })[0].errors[0]).toContain('claims operation getMyself');
      expect(check({ route: undefined })[0].errors[0]).toContain('the sandbox has no route for getCurrentUser');
    });

    test('a path in no spec; the sandbox’s own endpoints are exempt', () => {
      expect(check({ url: '/rest/agile/1.0/board', route: undefined })).toMatchObject([{ operationId: null, where: 'request' }]);
      expect(check({ url: '/favicon.ico', route: undefined })).toMatchObject([{ operationId: null, where: 'request' }]);
      expect(check({ url: '/__sandbox/users', route: { path: '/__sandbox/users' } })).toEqual([]);
    });

    test('exercised operations are recorded, whatever the outcome', () => {
      check({ url: '/rest/api/3/serverInfo', route: { path: '/rest/api/3/serverInfo', operationId: 'getServerInfo' }, status: 500 });
      expect(h.recorder.exercised.has('getServerInfo')).toBe(true);
    });
  });
});
