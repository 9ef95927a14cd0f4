import { kvs } from '@forge/kvs';
import { KEY } from '../../storage/keys';

/** Longer than any one change takes; a crashed worker's lease lapses after this. */
const LEASE_SECONDS = 120;

/**
 * One worker at a time per link: the Forge queue runs events concurrently and in no guaranteed
 * order, and two workers copying the same new comment would post it twice. Taking the lease is
 * one atomic KVS write (`FAIL_IF_EXISTS`); the holder releases it when done.
 */
export async function takeLease(linkId: string, holder: string): Promise<boolean> {
  try {
    await kvs.set(KEY.syncLease(linkId), holder, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: LEASE_SECONDS, unit: 'SECONDS' } });
    return true;
  } catch (error) {
    const current = await kvs.get<string>(KEY.syncLease(linkId));
    if (current === undefined) throw error; // not a lost race: a real failure
    return current === holder; // a redelivery of the same event after a crash continues
  }
}

export async function releaseLease(linkId: string, holder: string): Promise<void> {
  if ((await kvs.get<string>(KEY.syncLease(linkId))) === holder) await kvs.delete(KEY.syncLease(linkId));
}
