import type { WebhookHolder } from './webhook-state';

/**
 * What the Zendesk sandbox keeps: one account (a zendesk.com subdomain) with its users, API
 * tokens, tickets and their comments, all as the vendor's own JSON objects so that fields the
 * sandbox does not know survive a round trip. JSON-serialisable: it is saved to `statePath`.
 */

export type Json = Record<string, unknown>;

/** A Zendesk user object (https://developer.zendesk.com/api-reference/ticketing/users/users/). */
export interface UserRecord extends Json {
  id: number;
  name: string;
  email?: string | null;
  role: 'admin' | 'agent' | 'end-user';
}

/** A Zendesk ticket object; `generated_timestamp` orders the incremental export. */
export interface TicketRecord extends Json {
  id: number;
  subject: string;
  description: string;
  status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed' | 'deleted';
  requester_id: number;
  tags: string[];
  created_at: string;
  updated_at: string;
  generated_timestamp: number;
}

/** A Zendesk ticket comment object. */
export interface CommentRecord extends Json {
  id: number;
  type: 'Comment';
  author_id: number;
  body: string;
  html_body: string;
  plain_body: string;
  public: boolean;
  created_at: string;
}

/**
 * A Zendesk API token (account-wide: the email in `{email}/token` picks the user). `sandbox_user_id`
 * is the sandbox's own addition: a token bound to one user acts as that user whatever email comes
 * with it, which gives tests "a valid secret whose user lacks the needed permission".
 */
export interface ApiTokenRecord extends Json {
  id: number;
  token: string;
  description: string;
  active: boolean;
  sandbox_user_id?: number;
}

export interface ZendeskAccount extends WebhookHolder {
  /** e.g. deskbridge.zendesk.com */
  host: string;
  users: UserRecord[];
  apiTokens: ApiTokenRecord[];
  tickets: TicketRecord[];
  /** Comments by ticket id, oldest first. */
  comments: Record<string, CommentRecord[]>;
  nextId: { user: number; ticket: number; comment: number; audit: number; event: number };
  limits: {
    /** Zendesk's account-wide limit (700 a minute on Enterprise). */
    requestsPerMinute: number;
    /** Incremental exports: 10 a minute. */
    exportsPerMinute: number;
    /** Tickets per incremental export page (Zendesk: 1000). Tests lower it to see paging. */
    exportPageSize: number;
  };
  usage: { windowStart: number; requests: number; exports: number };
}

export interface ZendeskSandboxState {
  format: 'deskbridge-zendesk-sandbox';
  version: 1;
  accounts: Record<string, ZendeskAccount>;
}

/** The seeded account and its credentials (see README.md). */
export const ZENDESK_SANDBOX = {
  domain: 'deskbridge.zendesk.com',
  /** Ada Admin: an admin, so everything Deskbridge does is allowed. */
  username: 'ada@deskbridge.example',
  secret: 'zdSandboxFullAccessToken0000000000000001',
  /** Bound to Erin, an end user: verify answers "forbidden". */
  limitedSecret: 'zdSandboxEndUserToken0000000000000000002',
  /** Erin's email, for the Zendesk-faithful way to be an end user: her email with `secret`. */
  limitedUsername: 'erin@customer.example',
  /** Sam Agent: an agent (not admin), who may do everything but incremental exports. */
  agentUsername: 'sam@deskbridge.example',
} as const;

export const DEFAULT_LIMITS: ZendeskAccount['limits'] = { requestsPerMinute: 700, exportsPerMinute: 10, exportPageSize: 1000 };

export const SYSTEM_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
