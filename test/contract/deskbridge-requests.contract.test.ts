/**
 * Deskbridge's own requests to Jira, checked against Atlassian's OpenAPI descriptions: every row
 * of the access table (every resolver, with a realistic payload) as every role, through the local
 * runtime (the same src/ code as on Forge). Every request Deskbridge sends and every answer it
 * gets must match the specs, whether the call was allowed or denied.
 */
import './support/ref-parser-stub';
import type { LocalDeskbridge } from '../../local/local-deskbridge';
import { createContractRecorder, type ContractRecorder } from '../../local/sandbox/jira/contract';
import { freshFixtures, SCENARIOS } from '../support/access-scenarios';
import { invokeResolver, repoRoot, ROLE_NAMES, ROLES } from '../support/local-app';
import { startLocalDeskbridge } from '../../local/local-deskbridge';
import { describeWithSpecs, SPECS_DIR } from './support/specs-dir';

describeWithSpecs("Deskbridge's Jira requests", () => {
  let recorder: ContractRecorder;
  let deskbridge: LocalDeskbridge;

  beforeAll(async () => {
    recorder = await createContractRecorder(SPECS_DIR!);
    deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, jiraContract: recorder });
  });
  afterAll(() => deskbridge?.close());

  const cases = SCENARIOS.flatMap((scenario) => ROLE_NAMES.map((role) => ({ ...scenario, role })));

  test.each(cases)('$key ($about) as $role', async ({ key, payload, role, expect: outcomes }) => {
    const fixtures = await freshFixtures(deskbridge);
    expect(recorder.take()).toEqual([]);
    const answer = await invokeResolver(deskbridge, ROLES[role], key, payload(fixtures));
    await deskbridge.runtime.queue.drain(); // work the resolver queued (directory sync) calls Jira too
    expect(answer.ok).toBe(outcomes[role] === 'allowed');
    expect(recorder.take()).toEqual([]);
  });

  test('every Jira operation Deskbridge calls was exercised', () => {
    expect([...recorder.exercised].sort()).toEqual([
      'createGroup',
      'getBulkPermissions',
      'getCurrentUser',
      'getProject',
      'getUser',
      'getUserGroups',
      'getUsersFromGroup',
      'bulkGetGroups',
      'bulkGetUsers',
      'getAllUsers',
      'getCustomers',
      'getServiceDesks',
      'searchProjects',
      // JSM service desks: readiness, resolve screen, bucket map
      'getServiceDeskById',
      'getRequestTypes',
      'readWorkflows',
      'getMyPermissions',
      'getAllStatuses',
      'searchAndReconsileIssuesUsingJqlPost',
      'getTransitions',
      // Sync settings editor: fields on the create screen, priorities
      'getFields',
      'getCreateIssueMetaIssueTypeId',
      'getPriorities',
      // Sync links: a manual link reads the issue and sets its property, then copies comments; unlink removes the property
      'getIssue',
      'setIssueProperty',
      'getComments',
      'addComment',
      'deleteIssueProperty',
      // The fixtures' SUP issues (made as a person through the sandbox, checked all the same)
      'createIssue',
    ].sort());
  });
});
