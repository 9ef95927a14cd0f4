/**
 * Raising a JSM request for a help-desk requester, as the app, on the local runtime: the customer
 * is found by email (in the desk, then on the site) or created, made a customer of the desk, and
 * becomes the request's reporter.
 */
import { SEED_USERS } from '../../../local/sandbox/jira';
import { ensureCustomer } from '../../../src/jsm/ensure-customer';
import { raiseRequest } from '../../../src/jsm/raise-request';
import { useLocalDeskbridge } from '../../support/local-app';
import { asInvocation, DESK, failureOf, GET_IT_HELP, resetSandbox } from './jsm-harness';

const local = useLocalDeskbridge();
const site = () => local.deskbridge.sandbox!.site;
const desk = () => site().serviceDesks.find((candidate) => candidate.id === DESK)!;

beforeEach(() => resetSandbox(local.deskbridge));

test('a new email: a customer account is created, added to the desk, and is the reporter of the request', async () => {
  const usersBefore = site().users.length;
  const raised = await asInvocation(() =>
    raiseRequest({ serviceDeskId: DESK, requestTypeId: GET_IT_HELP, customer: { email: 'dana.diaz@example.org', displayName: 'Dana Diaz' }, summary: 'Cannot print', description: 'Tray 2 jams.' }),
  );
  const account = site().users.find((user) => user.emailAddress === 'dana.diaz@example.org');
  expect(account).toMatchObject({ accountType: 'customer', displayName: 'Dana Diaz', active: true });
  expect(site().users).toHaveLength(usersBefore + 1);
  expect(desk().customerIds).toContain(account!.accountId);
  expect(raised).toMatchObject({
    key: expect.stringMatching(/^SUP-\d+$/),
    serviceDeskId: DESK,
    requestTypeId: GET_IT_HELP,
    summary: 'Cannot print',
    reporterAccountId: account!.accountId,
    status: { name: 'New', bucket: 'new' },
  });
  const issue = site().issues.find((candidate) => candidate.key === raised.key)!;
  expect(issue).toMatchObject({ reporterAccountId: account!.accountId, creatorAccountId: SEED_USERS.app.accountId, requestTypeId: GET_IT_HELP });
});

test('the same email again finds that customer in the desk: nothing is created or added', async () => {
  const first = await asInvocation(() => ensureCustomer(DESK, { email: 'eli@example.org' }));
  expect(first).toMatchObject({ created: true, added: true });
  const again = await asInvocation(() => ensureCustomer(DESK, { email: 'ELI@example.org ' }));
  expect(again).toEqual({ accountId: first.accountId, created: false, added: false });
  expect(site().users.filter((user) => user.emailAddress === 'eli@example.org')).toHaveLength(1);
});

test("an account elsewhere on the site whose email Jira shows is added to the desk, not duplicated", async () => {
  const felix = SEED_USERS.freshdeskAgent.accountId;
  expect(desk().customerIds).not.toContain(felix);
  const found = await asInvocation(() => ensureCustomer(DESK, { email: 'freshdeskagent@deskbridge-local.example' }));
  expect(found).toEqual({ accountId: felix, created: false, added: true });
  expect(desk().customerIds).toContain(felix);
});

test('an account that hides its email cannot be matched by it: the error says to name it by accountId', async () => {
  // The project admin's profile hides the email, and they are no customer of the desk.
  const failure = await failureOf(asInvocation(() => ensureCustomer(DESK, { email: 'projectadmin@deskbridge-local.example' })));
  expect(failure.kind).toBe('invalid');
  expect(failure.message).toContain('hides the email from Deskbridge');
  expect(failure.message).toContain('by accountId');
});

test('a customer named by accountId is made a customer of the desk and raises the request', async () => {
  const olga = SEED_USERS.outsider.accountId;
  const raised = await asInvocation(() => raiseRequest({ serviceDeskId: DESK, requestTypeId: GET_IT_HELP, customer: { accountId: olga }, summary: 'Access to the wiki' }));
  expect(raised.reporterAccountId).toBe(olga);
  expect(desk().customerIds).toContain(olga);
});

test.each([
  ['no customer at all', { summary: 'x', customer: {} }, 'Name the customer by accountId or by email.'],
  ['a malformed email', { summary: 'x', customer: { email: 'not-an-email' } }, 'is not an email address'],
  ['an empty summary', { summary: '  ', customer: { email: 'a@example.org' } }, 'A request needs a summary.'],
])('refused before any change: %s', async (_, input, message) => {
  const before = site().issues.length;
  const failure = await failureOf(asInvocation(() => raiseRequest({ serviceDeskId: DESK, requestTypeId: GET_IT_HELP, ...input })));
  expect(failure).toMatchObject({ kind: 'invalid', message: expect.stringContaining(message) });
  expect(site().issues).toHaveLength(before);
});
