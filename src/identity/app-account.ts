import { kvs } from '@forge/kvs';
import { getMyself } from '../jira/get-myself';
import { AS_APP } from '../jira/jira-request';
import { KEY } from '../storage/keys';

/**
 * The app's own accountId: what an erased owner or `connectedBy` is replaced by, and an account
 * the personal data reporting skips (an app account is not a person). Read from Jira once
 * (GET /myself as the app) and kept: it never changes for an installation.
 */
export async function appAccountId(): Promise<string> {
  const stored = await kvs.get<string>(KEY.appAccount);
  if (stored) return stored;
  const { accountId } = await getMyself(AS_APP);
  await kvs.set(KEY.appAccount, accountId);
  return accountId;
}
