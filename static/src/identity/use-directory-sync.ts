import { useEffect, useRef, useState } from 'react';
import type { IdentityStatus, SyncNowResult } from '../../../src/shared/identity';
import { notifySuccess, startDirectorySync } from '../api/deskbridge-client';
import { useAction, type Action } from '../hooks/use-action';
import type { Resource } from '../hooks/use-resource';

/** How often the page asks where a running sync stands. */
export const SYNC_POLL_MS = 2_000;

/**
 * "Sync now" and the progress of any running directory sync, started here or by the daily
 * schedule: while the status says running, it is read again every 2 s, until it says otherwise
 * (or the page goes away). The sync itself runs on the server, chunk by chunk through the queue.
 */
export interface DirectorySync {
  start: Action<[], SyncNowResult>;
  /** The server's words on the last "Sync now": started, or why not (one is already running). */
  notice: SyncNowResult | null;
  running: boolean;
}

export function useDirectorySync(status: Resource<IdentityStatus>, onFinished: () => void): DirectorySync {
  const [notice, setNotice] = useState<SyncNowResult | null>(null);
  const directory = status.state.status === 'ready' ? status.state.data.directory : undefined;
  const running = directory?.state === 'running';
  usePolling(running, SYNC_POLL_MS, status.reload);

  // A run that ended (seen as a new state or finish time) may have matched contacts by email:
  // the map is listed again and the notice about starting it goes.
  const signature = directory ? `${directory.state}@${directory.finishedAt ?? ''}` : undefined;
  const seen = useRef(signature);
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;
  useEffect(() => {
    if (signature === undefined || signature === seen.current) return;
    const first = seen.current === undefined;
    seen.current = signature;
    if (!first && !signature.startsWith('running@')) {
      setNotice(null);
      onFinishedRef.current();
    }
  }, [signature]);

  const start = useAction(async () => {
    const answer = await startDirectorySync();
    setNotice(answer);
    if (answer.started) notifySuccess('Directory sync started', 'It runs in the background; the Identity panel shows its progress.');
    await status.reload();
    return answer;
  });

  return { start, notice, running };
}

/**
 * Calls `poll` every `intervalMs` while `active`, one call at a time: the next waits for the
 * previous answer, so a slow server never gets a pile of requests. Stops when `active` turns
 * false and when the component unmounts; an answer that arrives after that schedules nothing.
 */
function usePolling(active: boolean, intervalMs: number, poll: () => Promise<unknown>): void {
  const pollRef = useRef(poll);
  pollRef.current = poll;

  useEffect(() => {
    if (!active) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        await pollRef.current();
      } catch {
        // The caller's load reports its own failures; polling just tries again.
      } finally {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      }
    };
    timer = setTimeout(tick, intervalMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, intervalMs]);
}
