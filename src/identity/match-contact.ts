import type { ConnectorTool } from '../connectors/connector';
import { findByEmailKey } from './directory/directory-store';
import { emailKeyOf } from './identity-keys';
import { deleteLink, getLink, saveLink, type IdentityLink } from './identity-map/link-store';

/** A help-desk contact or agent as the sync sees it. The email is used for matching only, never stored. */
export interface Contact {
  id: string;
  email?: string | null;
}

export interface ContactMatch {
  accountId: string;
  source: IdentityLink['source'];
}

/**
 * Which Jira account a help-desk contact or agent is, if Deskbridge can tell.
 *
 * 1. A link in the identity map: a manual one (an admin's word) always wins; an email match is
 *    kept while the contact's email still hashes to the one it was made from.
 * 2. Otherwise, when the help desk gave an email: an exact match of its keyed hash against the
 *    directory (users and JSM customers whose email Jira let the app see). Exactly one active
 *    account must match; the match is then stored as an 'email' link.
 * 3. Otherwise undefined: the contact is unmapped. Callers must then act as the app (Deskbridge's
 *    own account is the author or reporter) and name the original author in the text they write,
 *    e.g. "Comment by Dana (Zendesk)", so nothing is attributed to the wrong person.
 *
 * Most apps never see emails (Jira shows them only where a profile allows it), so step 2 often
 * finds nothing and the admin's mapping (table, CSV import) is the main route.
 */
export async function matchContact(tool: ConnectorTool, contact: Contact): Promise<ContactMatch | undefined> {
  const emailKey = await emailKeyOf(contact.email);
  const link = await getLink(tool, contact.id);
  if (link && (link.source === 'manual' || !emailKey || link.emailKey === emailKey)) {
    return { accountId: link.accountId, source: link.source };
  }
  if (!emailKey) return undefined;
  const candidates = (await findByEmailKey(emailKey)).filter(({ user }) => user.active);
  if (candidates.length !== 1) {
    // None, or ambiguous: never guess. An email link made from the contact's old email goes too.
    if (link) await deleteLink(tool, contact.id);
    return undefined;
  }
  const [{ accountId }] = candidates;
  await saveLink({ tool, contactId: contact.id, accountId, source: 'email', emailKey, updatedAt: Date.now() });
  return { accountId, source: 'email' };
}
