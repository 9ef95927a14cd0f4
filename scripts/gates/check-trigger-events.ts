import { isRecord, modulesOfType, moduleLabel, type CheckContext } from './check-context';
import { JIRA_FAMILY_PREFIXES, loadKnownEvents, similarEvents, type KnownEvents } from './known-product-events';

/**
 * (b) Every `trigger` event must be a product event Forge actually delivers to a Jira app.
 *
 * A wrong name (say `avi:jira:updated:comment`, which Jira does not publish: edited comments come
 * as `avi:jira:commented:issue`) passes schema validation and lint, deploys, and never fires. An
 * event of another product (Confluence, Bitbucket, Compass) never fires on a Jira site either.
 */
export function checkTriggerEvents({ manifest }: CheckContext): string[] {
  const triggers = modulesOfType(manifest, 'trigger');
  if (triggers.length === 0) return [];
  let known: KnownEvents;
  try {
    known = loadKnownEvents();
  } catch (error) {
    return [`cannot check trigger event names: ${error instanceof Error ? error.message : String(error)}`];
  }
  const findings: string[] = [];
  for (const trigger of triggers) {
    const events = Array.isArray(trigger.events) ? trigger.events : [];
    for (const entry of events) {
      // An event is a name, or { eventType, filter } when it carries its own filter.
      const event = typeof entry === 'string' ? entry : isRecord(entry) ? entry.eventType : undefined;
      const label = moduleLabel('trigger', trigger);
      if (typeof event !== 'string') {
        findings.push(`manifest.yml ${label}: an entry of events is neither an event name nor { eventType, filter }: fix its shape.`);
      } else if (!known.all.has(event)) {
        const suggestions = similarEvents(known, event);
        findings.push(
          `manifest.yml ${label}: '${event}' is not a Forge product event, so this trigger would never fire. ` +
            (suggestions.length > 0 ? `Did you mean one of: ${suggestions.join(', ')}? ` : '') +
            'See https://developer.atlassian.com/platform/forge/events-reference/jira/ (checked against ' +
            `${known.source}).`,
        );
      } else if (!JIRA_FAMILY_PREFIXES.some((prefix) => event.startsWith(prefix))) {
        findings.push(
          `manifest.yml ${label}: '${event}' is an event of another product; Deskbridge installs on Jira only, ` +
            'so it never fires. Remove it or use the Jira event for the same change.',
        );
      }
    }
  }
  return findings;
}
