import fs from 'node:fs';
import path from 'node:path';
import { StatsigReader, type DynamicConfig, type DynamicConfigKey, type FeatureGate } from '@forge/cli-shared';

/**
 * What `@forge/lint` needs to run with no network (DESIGN.md §5).
 *
 * The Forge CLI's linter downloads the Jira, JSM, Jira Software, Confluence and Bitbucket REST API
 * descriptions to learn which OAuth scope each endpoint needs, and asks Atlassian's feature-flag
 * service (Statsig) for flags. Neither is reachable from these machines. The permission linter
 * reads local files instead when `USE_LOCAL_SWAGGER` and all six `LOCAL_*_SWAGGER` variables are
 * set; Deskbridge calls no Confluence or Bitbucket API, so those three point at an empty
 * description. Flags come from a reader that answers "no value" to everything, which makes the
 * linters fall back to their built-in defaults.
 */

/** The vendor API descriptions live outside the repository (they are data, not project code). */
export function specsDirectory(repoRoot: string): string {
  return process.env.DESKBRIDGE_SPECS ? path.resolve(process.env.DESKBRIDGE_SPECS) : path.resolve(repoRoot, '..', 'shared', 'specs');
}

/** The file each `LOCAL_*_SWAGGER` variable points at, relative to the specs folder. */
const SWAGGER_FILES = {
  LOCAL_JIRA_SWAGGER: 'jira-platform-v3.swagger-v3.v3.json',
  LOCAL_JSM_SWAGGER: 'jsm-servicedeskapi.swagger.v3.json',
  LOCAL_JSW_SWAGGER: 'jira-software-agile.swagger.v3.json',
  LOCAL_CONF_SWAGGER: 'empty.json',
  LOCAL_CONF_V2_SWAGGER: 'empty.json',
  LOCAL_BB_SWAGGER: 'empty.json',
} as const;

/**
 * The environment that switches the permission linter to local descriptions, or the list of
 * files that are missing. The linter silently falls back to the network when any variable is
 * unset, and then crashes on a failed fetch, so all of them must be present.
 */
export function swaggerEnvironment(specsDir: string): { env: Record<string, string>; missing: string[] } {
  const env: Record<string, string> = { USE_LOCAL_SWAGGER: '1' };
  const missing: string[] = [];
  for (const [variable, file] of Object.entries(SWAGGER_FILES)) {
    const filePath = path.join(specsDir, file);
    if (!fs.existsSync(filePath)) missing.push(filePath);
    env[variable] = filePath;
  }
  return { env, missing: [...new Set(missing)] };
}

/**
 * A feature-flag reader that never has a value. `StatsigReader`'s helpers (for example
 * `getDeprecatedRuntimes`) turn `null` into their documented defaults, so the linters behave as
 * they do for a CLI that could not reach Statsig, without trying to.
 */
export class NoFeatureFlags extends StatsigReader {
  async checkGate<F extends FeatureGate>(_flag: F): Promise<boolean | null> {
    return null;
  }

  async getDynamicConfig<F extends DynamicConfigKey>(_flag: F): Promise<DynamicConfig[F] | null> {
    return null;
  }
}
