import { validate, type ValidationError } from '@forge/manifest';
import { describeError, failed, fromFindings, type GateResult } from './gate-result';
import { inRepo } from './repo-context';
import { shareManifestSchemaCompilation } from './share-manifest-schema';

const NAME = 'manifest';

/**
 * Validates manifest.yml the way `forge deploy` does before it uploads anything:
 * `validate(false, 'manifest.yml')` from `@forge/manifest` runs the FULL validation (schema,
 * module rules, resources, permissions, runtime), all offline.
 *
 * Any 'error' fails the gate; 'warning's are passed on as notes. Note that resource folders must
 * exist: `static/build` is produced by `npm run build:ui`, which `npm test` runs first. Without
 * it this gate fails with "missing resource 'static/build'", which is the truth: the app could
 * not be deployed either.
 */
export async function manifestGate(repoRoot: string): Promise<GateResult> {
  shareManifestSchemaCompilation();
  try {
    const result = await inRepo(repoRoot, {}, () => validate(false, 'manifest.yml'));
    const problems = result.errors ?? [];
    const errors = problems.filter((problem) => problem.level === 'error').map(describe);
    const warnings = problems.filter((problem) => problem.level !== 'error').map((problem) => `warning: ${describe(problem)}`);
    if (!result.success && errors.length === 0) {
      // Defensive: a failed validation must never pass for lack of an error entry.
      errors.push('manifest.yml failed validation without saying why; run the manifest gate alone to see its warnings.');
    }
    return fromFindings(NAME, errors, warnings);
  } catch (error) {
    return failed(NAME, [`could not validate manifest.yml: ${describeError(error)}`]);
  }
}

/** "manifest.yml:26:10 <message> (<reference>)": the position lets an editor jump to the line. */
function describe(problem: ValidationError): string {
  const position = problem.line !== undefined ? `:${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}` : '';
  const reference = problem.reference ? ` (${problem.reference})` : '';
  // The Custom UI folder is a build output; say how to produce it rather than leave people guessing.
  const hint = problem.reference === 'valid-resource-required' ? ' — resource folders are build outputs: run `npm run build:ui` first' : '';
  return `manifest.yml${position} ${problem.message}${reference}${hint}`;
}
