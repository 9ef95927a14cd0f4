/**
 * Deskbridge's own requests to Jira, checked against Atlassian's OpenAPI descriptions: every
 * resolver, invoked as every seeded role on every page through the local runtime (the same src/
 * code as on Forge), and every request it sends and answer it gets must match the specs.
 */
import './support/ref-parser-stub';
import path from 'node:path';
import { startLocalDeskbridge, ACTING_USERS, type LocalDeskbridge } from '../../local/local-deskbridge';
import { createContractRecorder, type ContractRecorder } from '../../local/sandbox/jira/contract';
import { LOCAL_PAGES } from '../../local/site/local-pages';
import { resolverDefinitions } from '../../src/resolvers';
import { describeWithSpecs, SPECS_DIR } from './support/specs-dir';

const repoRoot = path.resolve(__dirname, '../..');

describeWithSpecs("Deskbridge's Jira requests", () => {
  let recorder: ContractRecorder;
  let deskbridge: LocalDeskbridge;

  beforeAll(async () => {
    recorder = await createContractRecorder(SPECS_DIR!);
    deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, jiraContract: recorder });
  });
  afterAll(() => deskbridge?.close());

  const cases = resolverDefinitions.flatMap((definition) =>
    ACTING_USERS.flatMap((user) => LOCAL_PAGES.map((page) => ({ key: definition.key, user, page }))),
  );

  test.each(cases)('$key as $user.key on the $page.key page', async ({ key, user, page }) => {
    const module = deskbridge.runtime.manifest.uiModules.find((candidate) => candidate.type === page.moduleType)!;
    const answer = (await deskbridge.runtime.invokeResolver({
      moduleKey: module.key,
      functionKey: key,
      payload: {},
      accountId: user.accountId,
      extension: page.extension,
    })) as { ok: boolean };
    expect(answer.ok).toBe(true);
    expect(recorder.take()).toEqual([]);
  });

  test('every Jira operation Deskbridge calls was exercised', () => {
    expect([...recorder.exercised].sort()).toEqual(['getBulkPermissions', 'getCurrentUser', 'getUserGroups']);
  });
});
