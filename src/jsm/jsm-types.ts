/**
 * The JSM service's vocabulary: requests as Deskbridge hands them to the sync and to the bot
 * gateway, independent of which JSM or platform endpoint each detail came from.
 */
export type Bucket = import('../shared/sync-config').Bucket;

/** A customer named by accountId, or by email (and the display name a new account gets). */
export interface CustomerRef {
  accountId?: string;
  email?: string;
  displayName?: string;
}

export interface RequestComment {
  id: string;
  /** Plain text, as JSM's request comments carry it. */
  body: string;
  public: boolean;
  authorAccountId?: string;
  createdAt: string;
}

export interface RequestView {
  id: string;
  key: string;
  serviceDeskId: string;
  requestTypeId: string;
  summary: string;
  status: { id?: string; name: string; categoryKey?: string; bucket: Bucket | null };
  reporterAccountId: string;
  assigneeAccountId?: string;
  createdAt: string;
  updatedAt: string;
  /** Public comments only, oldest first; present when asked for. */
  comments?: RequestComment[];
}
