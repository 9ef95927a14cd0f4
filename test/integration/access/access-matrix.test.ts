/**
 * The role × resolver matrix, generated from one table: every resolver, every role, allowed or
 * denied. Denied calls answer `forbidden` and change nothing in storage. A resolver missing from
 * the table fails the last test, so no resolver ships without an access rule being tested.
 */
import { resolverDefinitions } from '../../../src/resolvers';
import { freshFixtures, SCENARIOS } from '../../support/access-scenarios';
import { invokeResolver, ROLE_NAMES, ROLES, useLocalDeskbridge } from '../../support/local-app';

const local = useLocalDeskbridge();

const cases = SCENARIOS.flatMap((scenario) => ROLE_NAMES.map((role) => ({ ...scenario, role, outcome: scenario.expect[role] })));

test.each(cases)('$key ($about) as $role: $outcome', async ({ key, payload, role, outcome }) => {
  const { deskbridge } = local;
  const fixtures = await freshFixtures(deskbridge);
  const before = deskbridge.runtime.kvs.snapshot();
  const answer = await invokeResolver(deskbridge, ROLES[role], key, payload(fixtures));
  if (outcome === 'allowed') {
    expect(answer).toMatchObject({ ok: true });
  } else {
    expect(answer).toEqual({ ok: false, error: { kind: 'forbidden', message: expect.any(String) } });
    expect(deskbridge.runtime.kvs.snapshot()).toBe(before);
  }
});

test('every resolver has a row in the access table', () => {
  const tested = new Set(SCENARIOS.map((scenario) => scenario.key));
  expect(resolverDefinitions.map((definition) => definition.key).filter((key) => !tested.has(key))).toEqual([]);
});
