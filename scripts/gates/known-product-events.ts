import fs from 'node:fs';
import path from 'node:path';

/**
 * The product events a Forge `trigger` module can subscribe to.
 *
 * The manifest schema types `events` as any string, so neither `validate()` nor `@forge/lint`
 * notices a misspelt or invented event: the app deploys and the trigger simply never fires.
 *
 * Source of truth: `@forge/manifest`'s `mapping/product-event-to-scope-mapping.json`, which
 * Atlassian generates from its event registry ("DO NOT EDIT: auto-generated from Shipyard") to
 * check each event's scopes; every event Forge can deliver with a scope is in it. It lists the
 * events of https://developer.atlassian.com/platform/forge/events-reference/jira/ and its
 * siblings (Jira Software, Jira Service Management, Confluence, Bitbucket, Compass). The package
 * does not export the file, so it is read by path from the pinned version.
 *
 * Not in it, because they need no scope: the app life cycle events,
 * https://developer.atlassian.com/platform/forge/events-reference/life-cycle/
 * (there is no `avi:forge:uninstalled:app`: uninstallation is the `preUninstall` module).
 */
const LIFE_CYCLE_EVENTS = ['avi:forge:installed:app', 'avi:forge:upgraded:app'];

/** Event name prefixes of the products Deskbridge installs into: it is a Jira app. */
export const JIRA_FAMILY_PREFIXES = ['avi:jira:', 'avi:jira-software:', 'avi:jsm-entity:', 'avi:forge:'];

export interface KnownEvents {
  all: Set<string>;
  /** Where the list came from, for messages. */
  source: string;
}

export function loadKnownEvents(): KnownEvents {
  const mappingFile = path.join(path.dirname(require.resolve('@forge/manifest')), 'mapping', 'product-event-to-scope-mapping.json');
  const parsed = JSON.parse(fs.readFileSync(mappingFile, 'utf8')) as { mapping?: { productEvent?: unknown }[] };
  const fromMapping = (parsed.mapping ?? []).map((entry) => entry.productEvent).filter((event): event is string => typeof event === 'string');
  if (fromMapping.length < 50) {
    // A list this short means the file changed shape: fail loudly rather than accept everything.
    throw new Error(`${mappingFile} lists only ${fromMapping.length} events; the known-event list needs updating.`);
  }
  return {
    all: new Set([...fromMapping, ...LIFE_CYCLE_EVENTS]),
    source: `@forge/manifest's product-event-to-scope-mapping.json and ${LIFE_CYCLE_EVENTS.join(', ')}`,
  };
}

/** Known events about the same thing (same last segment), to suggest a correct spelling. */
export function similarEvents(known: KnownEvents, event: string): string[] {
  const subject = event.split(':').pop() ?? '';
  const verb = event.split(':')[2] ?? '';
  return [...known.all]
    .filter((candidate) => JIRA_FAMILY_PREFIXES.some((prefix) => candidate.startsWith(prefix)))
    .filter((candidate) => candidate.endsWith(`:${subject}`) || (verb !== '' && candidate.includes(`:${verb}:`) && candidate.includes(subject)))
    .slice(0, 6);
}
