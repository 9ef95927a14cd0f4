import type { ConnectorTool } from '../../../src/shared/connections';
import type { IdentityLinkView, IdentityStatus } from '../../../src/shared/identity';
import { TOOLS } from '../../../src/shared/roles';

/**
 * How the identity panel words its figures: sync states, counts, the identity map's sources and
 * the erasure report. Pure, so the wording is tested; counts only, never a person's data.
 */

type Directory = IdentityStatus['directory'];
type Appearance = 'default' | 'inprogress' | 'success' | 'removed' | 'new';

/** The help desks a contact can come from: the connector tools (JSM customers are Jira accounts already). */
export const LINK_TOOLS: ConnectorTool[] = TOOLS.filter((tool): tool is ConnectorTool => tool !== 'jsm');

/** Lozenge label and appearance per directory sync state. */
export const SYNC_STATE_LOOK: Record<Directory['state'], { label: string; appearance: Appearance }> = {
  never: { label: 'Never', appearance: 'default' },
  running: { label: 'Running', appearance: 'inprogress' },
  done: { label: 'Done', appearance: 'success' },
  failed: { label: 'Failed', appearance: 'removed' },
};

/** Where an identity link came from: an exact email match Deskbridge found, or an admin's word. */
export const SOURCE_LOOK: Record<IdentityLinkView['source'], { label: string; appearance: Appearance }> = {
  email: { label: 'Email', appearance: 'success' },
  manual: { label: 'Manual', appearance: 'new' },
};

/** "12,345" in the viewer's locale. */
export const formatCount = (count: number, locale?: string): string => new Intl.NumberFormat(locale).format(count);

/** "1 account" / "12 accounts". */
export const accounts = (count: number, locale?: string): string => `${formatCount(count, locale)} ${count === 1 ? 'account' : 'accounts'}`;

/** Under a running sync's lozenge: how far it got. */
export const progressText = (directory: Pick<Directory, 'processed'>, locale?: string): string =>
  `${accounts(directory.processed, locale)} read so far`;

/** "3 (1 by email, 2 manual)": mapped contacts and how they were mapped. */
export function mappedText(map: IdentityStatus['identityMap'], locale?: string): string {
  const total = map.byEmail + map.manual;
  return `${formatCount(total, locale)} (${formatCount(map.byEmail, locale)} by email, ${formatCount(map.manual, locale)} manual)`;
}

/**
 * What the email count means for matching. Jira gives most apps no emails at all, so a zero is
 * the normal case, not a fault: matching then relies on the identity map below.
 */
export function emailMatchingText(directory: Pick<Directory, 'users' | 'withEmail'>): string {
  if (directory.users === 0) return 'Emails are counted after the first complete sync.';
  if (directory.withEmail === 0) {
    return 'Jira shows no emails to Deskbridge on this site, as on most sites: help-desk contacts are matched only through the identity map below.';
  }
  if (directory.withEmail < directory.users) {
    return 'Contacts whose email Jira shows are matched by exact email; for everyone else, matching relies on the identity map below.';
  }
  return 'Contacts are matched by exact email; a manual mapping below wins over an email match.';
}

/** "Every 7 days" / "Every day". */
export const cycleText = (days: number, locale?: string): string => (days === 1 ? 'Every day' : `Every ${formatCount(days, locale)} days`);

type Erased = IdentityStatus['personalData']['erased'];

/** The erasure report's lines, in the order they are shown. */
export const ERASED_LABELS: { key: keyof Erased; label: string }[] = [
  { key: 'closedAccounts', label: 'Closed accounts' },
  { key: 'identityLinks', label: 'Identity links removed' },
  { key: 'integrationsReassigned', label: 'Integrations reassigned to the app' },
  { key: 'connectionsReassigned', label: 'Connections reassigned to the app' },
  { key: 'logActorsReplaced', label: 'Log actors replaced' },
  { key: 'directoryUsers', label: 'Directory users removed' },
];

/** What a tool filter value means: `all` is every tool. */
export type ToolFilter = ConnectorTool | 'all';
export const toolOfFilter = (filter: ToolFilter): ConnectorTool | undefined => (filter === 'all' ? undefined : filter);

/** A link's row key and test id suffix: tool and contact id, which together identify it. */
export const linkKey = (link: Pick<IdentityLinkView, 'tool' | 'contactId'>): string => `${link.tool}-${link.contactId}`;
