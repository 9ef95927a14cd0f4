import { kvs } from '@forge/kvs';
import { claim } from '../../identity/event-claim';
import { KEY } from '../../storage/keys';

/** Longer than any one change takes; a crashed worker's lease lapses after this. */
const LEASE_SECONDS = 120;

/**
 * One worker at a time per link: the Forge queue runs events concurrently and in no guaranteed
 * order, and two workers copying the same new comment would post it twice. Taking the lease is
 * one atomic claim (`FAIL_IF_EXISTS`); a redelivery of the same event after a crash continues,
 * and the holder releases it when done.
 */
export const takeLease = (linkId: string, holder: string): Promise<boolean> => claim(KEY.syncLease(linkId), holder, { value: LEASE_SECONDS, unit: 'SECONDS' });

export async function releaseLease(linkId: string, holder: string): Promise<void> {
  if ((await kvs.get<string>(KEY.syncLease(linkId))) === holder) await kvs.delete(KEY.syncLease(linkId));
}
