import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forgeChecksGate } from '../../scripts/gates/forge-checks-gate';
import type { GateResult } from '../../scripts/gates/gate-result';
import { lintGate } from '../../scripts/gates/lint-gate';
import { specsDirectory } from '../../scripts/gates/offline-lint-setup';

/**
 * The gates must fail on the mistakes they exist for. Each test runs a gate against a temp copy
 * of the app with one deliberate mistake, and checks the failure names it; a gate that "passes"
 * everything would pass an unmodified copy too, so that is checked alongside.
 */
const REPO = path.resolve(__dirname, '..', '..');
const SPECS = specsDirectory(REPO);
const HAVE_SPECS = fs.existsSync(SPECS);
const copies: string[] = [];

/** manifest.yml, tsconfig.json, src/ and what the Forge tools read, plus node_modules (linked). */
function copyApp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deskbridge-gate-test-'));
  copies.push(dir);
  for (const entry of ['manifest.yml', 'tsconfig.json', 'package.json', '.gitignore', 'src']) {
    if (fs.existsSync(path.join(REPO, entry))) fs.cpSync(path.join(REPO, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // The manifest's resource folder is a build output (npm run build:ui); the linters only need it to exist.
  fs.mkdirSync(path.join(dir, 'static', 'build'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'static', 'build', 'index.html'), '<!doctype html><html><body></body></html>\n');
  return dir;
}

function editManifest(dir: string, edit: (text: string) => string): void {
  const file = path.join(dir, 'manifest.yml');
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
}

/** Drops `- <scope>` from permissions.scopes; throws if it wasn't there, so a test can't pass vacuously. */
const withoutScope = (scope: string) => (text: string) => {
  const line = new RegExp(`^\\s*-\\s*['"]?${scope.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*$`, 'm');
  if (!line.test(text)) throw new Error(`manifest.yml does not declare ${scope}; this test's premise no longer holds`);
  return text.replace(line, '');
};

function writeSource(dir: string, relative: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  fs.writeFileSync(path.join(dir, relative), text);
}

/** Shows the whole result when an expectation fails: the messages are the point. */
const statusOf = (result: GateResult) => ({ status: result.status, messages: result.messages });

afterAll(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

describe('lint gate (@forge/lint, offline)', () => {
  if (!HAVE_SPECS) {
    test('reports skipped, loudly, when the vendor API descriptions are absent', async () => {
      console.warn(`!!! ${SPECS} not found: the lint gate cannot check scopes here; only its skip is tested.`);
      const result = await lintGate(copyApp(), { specsDir: SPECS });
      expect(result.status).toBe('skipped');
      expect(result.messages.join(' ')).toContain(SPECS);
    });
    return;
  }

  test('passes an unmodified copy of the app', async () => {
    const result = await lintGate(copyApp(), { specsDir: SPECS });
    expect(statusOf(result)).toMatchObject({ status: 'pass' });
  });

  test("fails with the linter's message when a direct Jira call needs a scope the manifest lacks", async () => {
    // Independent of how src/ wraps its calls: the plain Forge form the linter is built for.
    const dir = copyApp();
    writeSource(
      dir,
      'src/jira/gate-probe.ts',
      "import api, { route } from '@forge/api';\n\nexport const probe = () => api.asApp().requestJira(route`/rest/api/3/myself`);\n",
    );
    editManifest(dir, withoutScope('read:jira-user'));
    const result = await lintGate(dir, { specsDir: SPECS });
    expect(statusOf(result)).toMatchObject({ status: 'fail' });
    expect(result.messages).toEqual(expect.arrayContaining([expect.stringMatching(/src\/jira\/gate-probe\.ts:\d+:\d+ error: .*read:jira-user/)]));
  });

  test('fails naming read:jira-user when it is removed while src/jira/get-myself.ts calls GET /rest/api/3/myself', async () => {
    // Needs the route to be requestJira's first argument in src/jira (see the forge-checks
    // hidden-api-calls check): otherwise the linter cannot see this call and the gate passes.
    const dir = copyApp();
    editManifest(dir, withoutScope('read:jira-user'));
    const result = await lintGate(dir, { specsDir: SPECS });
    if (result.status === 'pass') {
      throw new Error(
        'The lint gate passed although manifest.yml no longer grants read:jira-user: @forge/lint did not see the call in ' +
          'src/jira/get-myself.ts. Make the route requestJira\'s first argument in src/jira (the forge-checks gate lists every call to change).',
      );
    }
    expect(statusOf(result)).toMatchObject({ status: 'fail' });
    expect(result.messages).toEqual(expect.arrayContaining([expect.stringMatching(/src\/jira\/get-myself\.ts:\d+:\d+ error: .*read:jira-user/)]));
  });
});

describe('forge-checks gate', () => {
  const mentions = (result: GateResult, text: string) => result.messages.some((message) => message.includes(text));

  test('fails when src imports @forge/kvs and storage:app is missing', async () => {
    const dir = copyApp();
    writeSource(dir, 'src/storage/gate-probe.ts', "import { kvs } from '@forge/kvs';\n\nexport const probe = kvs;\n");
    const before = await forgeChecksGate(dir);
    expect(mentions(before, 'storage:app')).toBe(false);

    editManifest(dir, withoutScope('storage:app'));
    const after = await forgeChecksGate(dir);
    expect(statusOf(after)).toMatchObject({ status: 'fail' });
    expect(after.messages).toEqual(expect.arrayContaining([expect.stringMatching(/imports @forge\/kvs, but manifest.yml permissions.scopes lacks storage:app/)]));
  });

  test('fails on a trigger event Forge does not deliver, and accepts a real one', async () => {
    const dir = copyApp();
    // The probe goes first under the manifest's `trigger` modules (or a new `trigger` section).
    const probe = (event: string) => `    - key: gate-probe-trigger\n      function: resolver\n      events:\n        - ${event}\n`;
    const trigger = (event: string) => (text: string) =>
      /^  trigger:\n/m.test(text)
        ? text.replace(/^  trigger:\n/m, `  trigger:\n${probe(event)}`)
        : text.replace(/^modules:\n/m, `modules:\n  trigger:\n${probe(event)}`);

    editManifest(dir, trigger('avi:jira:updated:issue'));
    expect(mentions(await forgeChecksGate(dir), 'gate-probe-trigger')).toBe(false);

    editManifest(dir, (text) => text.replace('avi:jira:updated:issue', 'avi:jira:updated:comment'));
    const result = await forgeChecksGate(dir);
    expect(statusOf(result)).toMatchObject({ status: 'fail' });
    expect(result.messages).toEqual(
      expect.arrayContaining([expect.stringContaining("trigger 'gate-probe-trigger': 'avi:jira:updated:comment' is not a Forge product event")]),
    );
  });
});
