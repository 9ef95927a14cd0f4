import { kvs } from '@forge/kvs';
import { KEY } from '../../storage/keys';

/** Where an integration's safety-net poll resumes: the start time of the last complete run. */
export interface PollCheckpoint {
  since: number;
  /** A run in progress: its start time and where its help-desk paging stands. */
  run?: { startedAt: number; cursor?: string };
}

/** The first poll looks back this far (webhooks cover the rest; backfill brings history). */
const FIRST_LOOK_BACK_MS = 60 * 60 * 1000;

export async function readCheckpoint(integrationId: string, now: number): Promise<PollCheckpoint> {
  return (await kvs.get<PollCheckpoint>(KEY.syncCheckpoint(integrationId))) ?? { since: now - FIRST_LOOK_BACK_MS };
}

export async function writeCheckpoint(integrationId: string, checkpoint: PollCheckpoint): Promise<void> {
  await kvs.set(KEY.syncCheckpoint(integrationId), checkpoint);
}

export async function deleteCheckpoint(integrationId: string): Promise<void> {
  await kvs.delete(KEY.syncCheckpoint(integrationId));
}
