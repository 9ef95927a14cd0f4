import type { SiteState } from '../state/site-state';

/**
 * Forge product events the sandbox raises, as Jira raises them for a Forge app's triggers.
 * https://developer.atlassian.com/platform/forge/events-reference/jira/
 *
 * State operations (state/issues.ts) record an event beside each change; the server hands them to
 * listeners only after the change is saved, and never lets a listener's failure reach the request.
 * The outbox is kept beside the site, not in it, so events are never saved with the state.
 */

export type ProductEventType = 'avi:jira:created:issue' | 'avi:jira:updated:issue' | 'avi:jira:commented:issue' | 'avi:jira:deleted:issue';

export interface ProductEvent {
  eventType: ProductEventType;
  /** The account that caused the event. */
  atlassianId: string;
  /** What the app's trigger receives (with `eventType`, as Forge passes it). */
  payload: Record<string, unknown>;
}

export type ProductEventListener = (event: ProductEvent) => void | Promise<void>;

const outboxes = new WeakMap<SiteState, ProductEvent[]>();

/** Called by state operations right after they change `site`. */
export function recordEvent(site: SiteState, event: ProductEvent): void {
  const outbox = outboxes.get(site) ?? [];
  outbox.push(event);
  outboxes.set(site, outbox);
}

/** The events recorded since the last call, oldest first; the outbox is left empty. */
export function takeEvents(site: SiteState): ProductEvent[] {
  const outbox = outboxes.get(site) ?? [];
  outboxes.delete(site);
  return outbox;
}

/** Fans events out to listeners, after the current request has been answered. */
export class ProductEventHub {
  private readonly listeners = new Set<ProductEventListener>();

  subscribe(listener: ProductEventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Never throws and never waits for listeners: a slow or failing trigger must not fail Jira's request. */
  publish(events: ProductEvent[]): void {
    if (events.length === 0 || this.listeners.size === 0) return;
    const listeners = [...this.listeners];
    setImmediate(() => {
      for (const event of events) {
        for (const listener of listeners) {
          try {
            Promise.resolve(listener(event)).catch((error: unknown) => report(event, error));
          } catch (error) {
            report(event, error);
          }
        }
      }
    });
  }
}

function report(event: ProductEvent, error: unknown): void {
  process.stderr.write(`[sandbox-jira] a product event listener failed on ${event.eventType}: ${error instanceof Error ? error.message : String(error)}\n`);
}
