/**
 * A backfill's shapes as the resolvers answer them, free of anything server-side, so the Custom
 * UI imports these very types. Counts, ids, times and reasons: no ticket content.
 */

/** What a backfill brings over: the help desk's own fields, as its list shows them. Empty lists mean "any"; dates are UTC days, both ends included. */
export interface BackfillFilter {
  createdFrom?: string;
  createdTo?: string;
  statusIds: string[];
  tags: string[];
  priorities: string[];
}

export type BackfillState = 'estimating' | 'estimated' | 'running' | 'paused' | 'cancelled' | 'done' | 'failed';

export interface BackfillEstimate {
  /** Tickets the filter selects, and how many of them are linked already (skipped). */
  matching: number;
  alreadyLinked: number;
  /** Comments per ticket to copy, from a sample of tickets. */
  commentsPerTicket: number;
  helpdeskCalls: number;
  jiraCalls: number;
  /** How long it takes at the rate limits seen while counting (seconds). */
  seconds: number;
  helpdeskLimitPerMinute: number;
  jiraPointsPerHour: number;
}

/**
 * A ticket a backfill could not bring over (or brought over without all of it: a status the
 * workflow cannot reach, a comment Jira refused), with the reason in words a person can act on.
 */
export interface BackfillFailure {
  integrationId: string;
  ticketId: string;
  at: number;
  errorKind: string;
  reason: string;
  /** The ticket has an issue already (only its status or a comment failed): retrying syncs the link. */
  issueKey?: string;
  retryable: boolean;
  /** Someone asked to retry it; the run picks it up (retry-requests.ts). */
  retryRequested?: boolean;
}

export type StopRequest = 'pause' | 'cancel';

/** What the integration page shows of a backfill: progress, speed, time left, failures. */
export interface BackfillView {
  state: BackfillState;
  runId: string;
  filter: BackfillFilter;
  estimate?: BackfillEstimate;
  /** Tickets to bring over (from the estimate), and those handled so far. */
  total?: number;
  done: number;
  failed: number;
  skipped: number;
  comments: number;
  retries: number;
  /** Over the last few minutes, not since the start (a run that was paused would look slow). */
  itemsPerMinute?: number;
  etaSeconds?: number;
  startedAt?: string;
  updatedAt: string;
  finishedAt?: string;
  lastError?: string;
  /** Running, but nothing moved for a long while (its chain of events was lost): resume restarts it. */
  stalled: boolean;
  /** A pause or cancel asked for, not yet applied by the running chunk. */
  stopping?: StopRequest;
  failures: BackfillFailure[];
  failuresCursor?: string;
}
