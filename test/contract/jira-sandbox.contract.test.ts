/**
 * The sandbox Jira against Atlassian's OpenAPI descriptions: every endpoint it serves, called the
 * way Deskbridge calls it (each seeded role where permissions matter, success and error cases),
 * with every request and response checked by the contract recorder. The last test fails when a
 * route is added to the sandbox without a scenario here.
 */
import { ROUTES } from '../../local/sandbox/jira';
import { groupScenarios } from './jira-sandbox/groups.scenarios';
import { identityScenarios } from './jira-sandbox/identity.scenarios';
import { issueCommentScenarios } from './jira-sandbox/issue-comments.scenarios';
import { issueSearchScenarios } from './jira-sandbox/issue-search.scenarios';
import { issueWorkflowScenarios } from './jira-sandbox/issue-workflow.scenarios';
import { issueScenarios } from './jira-sandbox/issues.scenarios';
import { jsmCustomerScenarios } from './jira-sandbox/jsm-customers.scenarios';
import { jsmRequestActivityScenarios } from './jira-sandbox/jsm-request-activity.scenarios';
import { jsmRequestScenarios } from './jira-sandbox/jsm-requests.scenarios';
import { permissionScenarios } from './jira-sandbox/permissions.scenarios';
import { projectScenarios } from './jira-sandbox/projects.scenarios';
import { sandboxAdminScenarios } from './jira-sandbox/sandbox-admin.scenarios';
import { serviceDeskScenarios } from './jira-sandbox/service-desk.scenarios';
import { userScenarios } from './jira-sandbox/users.scenarios';
import { useContractSandbox } from './support/contract-harness';
import { describeWithSpecs } from './support/specs-dir';

describeWithSpecs('sandbox Jira contract', () => {
  const h = useContractSandbox();

  userScenarios(h);
  permissionScenarios(h);
  projectScenarios(h);
  groupScenarios(h);
  serviceDeskScenarios(h);
  sandboxAdminScenarios(h);
  identityScenarios(h);
  jsmRequestScenarios(h);
  jsmRequestActivityScenarios(h);
  jsmCustomerScenarios(h);
  issueScenarios(h);
  issueCommentScenarios(h);
  issueWorkflowScenarios(h);
  issueSearchScenarios(h);

  test('every route in the sandbox route table was exercised', () => {
    const routed = ROUTES.filter((route) => route.operationId).map((route) => route.operationId as string);
    const missed = routed.filter((operationId) => !h.recorder.exercised.has(operationId));
    expect(missed).toEqual([]);
  });

  afterAll(() => {
    // stderr, not stdout: stdout belongs to reporters such as `jest --json`.
    process.stderr.write(`[contract] Jira + JSM specs loaded in ${h.loadMs} ms\n`);
  });
});
