import { getUser } from '../../jira/get-user';
import { deleteDirectoryUsers, getDirectoryUser, saveDirectoryUser } from '../directory/directory-store';
import { belongsInDirectory, toDirectoryUser } from '../directory/directory-user';
import { deleteLinkByKey, linksOfAccount, saveLink } from '../identity-map/link-store';

/**
 * An `updated` account, in the directory: read it again from Jira (GET /user as the app) and keep
 * what matching needs. An account that no longer belongs (gone, deactivated, now an app) leaves.
 * The email hash is taken from this answer only: if Jira no longer shows the email, the old hash
 * goes rather than risk matching by an address the person changed (a JSM customer's hash comes
 * back with the next daily sync, which reads the desk's customers).
 */
export async function refreshDirectoryUser(accountId: string): Promise<void> {
  const before = await getDirectoryUser(accountId);
  if (!before) return; // only in other stores: they cache nothing to refresh
  const user = await getUser(accountId);
  if (!user || !belongsInDirectory(user)) {
    await deleteDirectoryUsers([accountId]);
    return;
  }
  await saveDirectoryUser(accountId, await toDirectoryUser(user, before.seenRun, Date.now()));
}

/**
 * An `updated` account, in the identity map: an email match stays only while the directory still
 * has the same email hash for the account (then it is re-stamped, so it is not reported as stale
 * again); otherwise it goes and the contact is matched afresh next time. Manual links are an
 * admin's statement about an accountId and hold nothing that can go stale.
 */
export async function refreshLinksOf(accountId: string): Promise<void> {
  const current = (await getDirectoryUser(accountId))?.emailKey;
  let cursor: string | undefined;
  do {
    const page = await linksOfAccount(accountId, cursor);
    for (const { key, value } of page.results) {
      if (value.source !== 'email') continue;
      if (current && value.emailKey === current) await saveLink({ ...value, updatedAt: Date.now() });
      else await deleteLinkByKey(key);
    }
    cursor = page.nextCursor;
  } while (cursor);
}
