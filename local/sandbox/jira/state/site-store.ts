import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ReportingPolicy } from '../privacy/reporting-policy';
import { seedSite } from '../seed/seed-site';
import type { SiteState } from './site-state';
import { upgradeSite } from './state-upgrade';
import type { IndexedProperty } from '../jql/indexed-properties';

const FORMAT = 'deskbridge-jira-sandbox';
/** 2: issues, comments, fields and screens. Older files are upgraded on load (state-upgrade.ts). */
const VERSION = 2;

interface StateFile {
  format: string;
  version: number;
  site: SiteState;
}

/**
 * Owns the one live SiteState and, when given a path, its file. The state is replaced (not
 * patched) on reset, so everything reads it through `store.site` at request time. The personal
 * data reporting policy is server behaviour, not site data: never saved, kept across resets.
 */
export class SiteStore {
  site: SiteState;
  /**
   * Which entity property paths JQL can search (an app's `jira:entityProperty` declarations).
   * Server behaviour like the reporting policy: never saved, kept across resets.
   */
  indexedProperties: IndexedProperty[] = [];

  constructor(
    private readonly statePath?: string,
    readonly reporting: ReportingPolicy = new ReportingPolicy(),
  ) {
    this.site = (statePath && load(statePath)) || seedSite();
  }

  /** Written after every mutating request and on close: a crash loses at most one request. */
  save(): void {
    if (!this.statePath) return;
    mkdirSync(dirname(this.statePath), { recursive: true });
    const file: StateFile = { format: FORMAT, version: VERSION, site: this.site };
    // Write then rename, so a reader (or a crash mid-write) never sees half a file.
    const temporary = `${this.statePath}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(file, null, 2));
    renameSync(temporary, this.statePath);
  }

  reset(): void {
    this.site = seedSite();
    this.save();
  }
}

/**
 * Loads a saved site. A file from another format or version is refused loudly rather than
 * silently reseeded: it holds someone's local data, and deleting it should be their decision.
 */
function load(path: string): SiteState | undefined {
  if (!existsSync(path)) return undefined;
  let file: Partial<StateFile>;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as Partial<StateFile>;
  } catch (error) {
    throw new Error(`The sandbox Jira state in ${path} is not valid JSON (${(error as Error).message}). Delete the file to start from the seed.`);
  }
  if (file.format !== FORMAT || typeof file.version !== 'number' || file.version < 1 || file.version > VERSION || !file.site) {
    throw new Error(
      `The sandbox Jira state in ${path} has format ${String(file.format)} v${String(file.version)}; this sandbox reads ${FORMAT} v${VERSION}. Delete the file to start from the seed.`,
    );
  }
  return upgradeSite(file.site, file.version);
}
