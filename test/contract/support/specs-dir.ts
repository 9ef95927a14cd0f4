import './ref-parser-stub';
import fs from 'node:fs';
import path from 'node:path';
import { SPEC_FILES } from '../../../local/sandbox/jira/contract';

/**
 * Where the vendor OpenAPI descriptions are: $DESKBRIDGE_SPECS, else `<repo>/../shared/specs`.
 * They live outside the repository (they are the vendors' data, not ours), so a checkout without
 * them must still run every other test: contract tests are then skipped, loudly, never passed.
 */
function resolveSpecsDir(): { dir: string; missing: string[] } {
  const dir = process.env.DESKBRIDGE_SPECS ?? path.resolve(__dirname, '../../../../shared/specs');
  const missing = Object.values(SPEC_FILES).filter((file) => !fs.existsSync(path.join(dir, file)));
  return { dir, missing };
}

const resolved = resolveSpecsDir();

/** The specs folder, or undefined when it is incomplete (and the contract tests are skipped). */
export const SPECS_DIR: string | undefined = resolved.missing.length === 0 ? resolved.dir : undefined;

/**
 * `describe` when the specs are present; otherwise a skipped `describe` plus a banner saying
 * which tests were skipped and why, so nobody mistakes a skip for a pass.
 */
export function describeWithSpecs(name: string, body: () => void): void {
  if (SPECS_DIR) {
    describe(name, body);
    return;
  }
  const line = '!'.repeat(78);
  // Straight to stderr: Jest drops console output of suites in which every test is skipped.
  process.stderr.write(
    [
      line,
      `CONTRACT TESTS SKIPPED: "${name}"`,
      `The vendor OpenAPI descriptions are not at ${resolved.dir}`,
      `(missing: ${resolved.missing.join(', ')}).`,
      'Set DESKBRIDGE_SPECS to the shared specs folder to run them.',
      line,
      '',
    ].join('\n'),
  );
  describe.skip(name, body);
}
