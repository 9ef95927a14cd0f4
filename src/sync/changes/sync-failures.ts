import { ConnectorError } from '../../connectors/http/connector-error';
import { UserFacingError } from '../../shared/errors';
import { LINK_PROPERTY_KEY, linkProperty } from '../links/link-property';
import { getLink, saveLink } from '../links/link-store';
import { setIssueProperty } from '../../jira/set-issue-property';

export interface Failure {
  transient: boolean;
  /** In words a person can act on (shown on the integration and in the issue panel); never a raw error text. */
  reason: string;
  retryAfterSeconds?: number;
}

/**
 * Rate limits and outages pass (retry with backoff); a refused value, a deleted ticket or
 * revoked credentials do not (park the link until a person fixes the cause and retries).
 * Unknown errors are retried, then parked without their text, which may hold anything.
 */
export function classifyFailure(error: unknown): Failure {
  if (error instanceof UserFacingError) {
    const transient = error.kind === 'rate-limited' || error.kind === 'unavailable';
    const retryAfterSeconds = error instanceof ConnectorError ? error.retryAfterSeconds : undefined;
    return { transient, reason: error.message, retryAfterSeconds };
  }
  return { transient: true, reason: 'Deskbridge hit an unexpected error syncing this link; retry it, and contact support if it happens again.' };
}

/** Marks the link stuck with its reason, on the link and in the issue's `deskbridge` property (so JQL finds it). */
export async function parkLink(linkId: string, reason: string): Promise<void> {
  const link = await getLink(linkId);
  if (!link) return;
  link.state = 'stuck';
  link.stuckReason = reason;
  await saveLink(link);
  try {
    await setIssueProperty(link.issueId, LINK_PROPERTY_KEY, linkProperty(link));
    link.propertyWrittenAt = Date.now();
    await saveLink(link);
  } catch {
    // The link is parked either way; the property catches up at the next successful sync.
  }
}
