import type { IdentityStatus } from '../shared/identity';
import { isStalled, readRun, type DirectoryRun } from './directory/directory-run';
import { countLinks } from './identity-map/link-store';
import { erasedSoFar, readPersonalData } from './personal-data/personal-data-record';
import { nextCycleAt } from './personal-data/report-cycle';

const DAY_MS = 24 * 60 * 60 * 1000;
const iso = (epochMs?: number) => (epochMs === undefined ? undefined : new Date(epochMs).toISOString());

/** The directory part of the admin page's status, from the run record (counts only). */
export function directoryStatus(run: DirectoryRun | undefined, now = Date.now()): IdentityStatus['directory'] {
  if (!run) return { state: 'never', processed: 0, users: 0, withEmail: 0 };
  const stalled = isStalled(run, now);
  const complete = run.state === 'done' ? { users: run.users, withEmail: run.withEmail } : run.lastComplete;
  return {
    state: stalled ? 'failed' : run.state,
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
    processed: run.processed,
    users: complete?.users ?? 0,
    withEmail: complete?.withEmail ?? 0,
    lastError: stalled ? 'The directory sync stopped making progress. Start it again; if it stops again, check that Deskbridge can browse users.' : run.lastError,
    nextScheduledRunAt: iso(run.lastScheduledAt === undefined ? undefined : run.lastScheduledAt + DAY_MS),
  };
}

/** Everything the admin page shows about identity: directory, identity map, personal data reporting. */
export async function identityStatus(): Promise<IdentityStatus> {
  const [run, personalData, byEmail, manual] = await Promise.all([readRun(), readPersonalData(), countLinks('email'), countLinks('manual')]);
  return {
    directory: directoryStatus(run),
    identityMap: { byEmail, manual },
    personalData: {
      cycleDays: personalData.cycleDays,
      lastReportAt: iso(personalData.lastReportAt),
      nextReportAt: iso(nextCycleAt(personalData)),
      reported: personalData.reported,
      erased: await erasedSoFar(personalData),
    },
  };
}
