/**
 * Scheduled triggers on their manifest interval, for `npm start` only. Forge runs a
 * scheduledTrigger by itself; without this, a person trying Deskbridge locally would never see
 * the sync poll (the safety net for lost webhooks) unless they pressed a button. Tests keep
 * running triggers on demand (`runScheduledTrigger`), so nothing fires behind their back.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/
 */

/** Forge's intervals, in milliseconds. Forge offers only these four. */
export const INTERVAL_MS: Readonly<Record<string, number>> = {
  fiveMinute: 5 * 60_000,
  hour: 60 * 60_000,
  day: 24 * 60 * 60_000,
  week: 7 * 24 * 60 * 60_000,
};

/** How long between runs of a trigger with `interval`; undefined for an interval Forge does not have. */
export function intervalMs(interval: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(INTERVAL_MS, interval) ? INTERVAL_MS[interval] : undefined;
}

export interface ScheduledTriggerEntry {
  interval: string;
}

/**
 * Starts one timer per trigger and answers the function that stops them all. A run that is
 * still going when its next tick comes is not doubled (Forge would not overlap them either, and
 * a slow poll must not pile up copies of itself); a failing run is logged and the schedule goes
 * on, since one bad poll must not stop the next. Timers are unref'd so they never keep the
 * process alive on their own.
 */
export function startIntervalSchedules(
  triggers: ReadonlyMap<string, ScheduledTriggerEntry>,
  run: (key: string) => Promise<unknown>,
  log: (line: string) => void,
): () => void {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<string>();

  const tick = (key: string) => {
    if (running.has(key)) {
      log(`Scheduled trigger ${key}: the previous run is still going, skipping this one.`);
      return;
    }
    running.add(key);
    let started: Promise<unknown>;
    try {
      started = Promise.resolve(run(key));
    } catch (error) {
      started = Promise.reject(error);
    }
    started
      .catch((error: unknown) => log(`Scheduled trigger ${key} failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => running.delete(key));
  };

  for (const [key, trigger] of triggers) {
    const every = intervalMs(trigger.interval);
    if (every === undefined) {
      log(`Scheduled trigger ${key}: interval "${trigger.interval}" is not one of ${Object.keys(INTERVAL_MS).join(', ')}; it will not run on its own.`);
      continue;
    }
    const timer = setInterval(() => tick(key), every);
    timer.unref();
    timers.push(timer);
  }

  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    for (const timer of timers) clearInterval(timer);
  };
}
