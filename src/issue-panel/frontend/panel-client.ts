import { invoke } from '@forge/bridge';
import type { IssuePanelView, PanelLinkAnswer, ReplyVisibility } from '../panel-view';

/**
 * The UI Kit panel's only way to the server: `invoke` of the panel's resolvers (the same
 * resolver function as the admin pages). Each answers `{ ok, data } | { ok: false, error }`; a
 * failure becomes a PanelError carrying the server's message, which is written for people.
 */
export class PanelError extends Error {
  constructor(
    message: string,
    readonly kind: string,
  ) {
    super(message);
    this.name = 'PanelError';
  }
}

type Answer<T> = { ok: true; data: T } | { ok: false; error: { kind: string; message: string } };

async function call<T>(key: string, payload: Record<string, unknown>): Promise<T> {
  let answer: Answer<T> | undefined;
  try {
    answer = (await invoke(key, payload)) as Answer<T>;
  } catch {
    throw new PanelError("Deskbridge couldn't reach its service in Jira. Reload the issue; if this keeps happening, contact your Jira admin.", 'unavailable');
  }
  if (!answer || typeof answer !== 'object' || !('ok' in answer)) throw new PanelError('Deskbridge got an answer it does not understand. Reload the issue.', 'internal');
  if (!answer.ok) throw new PanelError(answer.error.message, answer.error.kind);
  return answer.data;
}

/** One linked ticket, as the actions name it. */
export interface TicketKey {
  integrationId: string;
  ticketId: string;
  issue: string;
}

export const panelClient = {
  load: (issue: string) => call<IssuePanelView>('issue-panel/load', { issue }),
  reply: (key: TicketKey, text: string, visibility: ReplyVisibility) => call<{ commentId: string }>('issue-panel/reply', { ...key, text, visibility }),
  retry: (key: TicketKey) => call<{ state: string }>('issue-panel/retry', { ...key }),
  unlink: (key: TicketKey) => call<{ unlinked: string }>('issue-panel/unlink', { ...key }),
  link: (integrationId: string, issue: string, ticket: string, moveFromOtherIssue: boolean) =>
    call<PanelLinkAnswer>('issue-panel/link', { integrationId, issue, ticket, ...(moveFromOtherIssue ? { moveFromOtherIssue } : {}) }),
  createTicket: (integrationId: string, issue: string) => call<{ ticketId: string; ticketUrl: string }>('issue-panel/create-ticket', { integrationId, issue }),
};

/** The message to show for anything an action threw. */
export const messageOf = (error: unknown): string =>
  error instanceof PanelError ? error.message : 'Something went wrong in the panel. Reload the issue and try again.';
