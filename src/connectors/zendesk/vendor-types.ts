/**
 * The parts of Zendesk Support's JSON that Deskbridge reads or writes, as the API documents them
 * (https://developer.zendesk.com/api-reference/ticketing/introduction/). Everything else the API
 * sends is tolerated and ignored: Zendesk adds fields without a version bump.
 */

export type ZendeskStatusName = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
export type ZendeskPriority = 'urgent' | 'high' | 'normal' | 'low';

export interface ZendeskUser {
  /** null for the anonymous user Zendesk answers `users/me` with when nobody authenticated. */
  id: number | null;
  name: string;
  email?: string | null;
  role: 'admin' | 'agent' | 'end-user' | string;
  active?: boolean;
  suspended?: boolean;
  [extra: string]: unknown;
}

export interface ZendeskTicket {
  id: number;
  url?: string;
  subject?: string | null;
  /** The first comment as plain text (read-only in Zendesk). */
  description?: string | null;
  /** `deleted` appears only in incremental exports. */
  status: ZendeskStatusName | 'deleted' | string;
  priority?: ZendeskPriority | null;
  requester_id: number;
  tags?: string[];
  created_at: string;
  updated_at: string;
  /** Incremental exports only: seconds since the epoch of the ticket's last change of any kind. */
  generated_timestamp?: number;
  [extra: string]: unknown;
}

export interface ZendeskComment {
  id: number;
  type?: string;
  author_id?: number;
  body?: string;
  html_body?: string;
  plain_body?: string;
  public: boolean;
  created_at?: string;
  [extra: string]: unknown;
}

export interface ZendeskAuditEvent {
  id: number;
  type: string;
  [extra: string]: unknown;
}

export interface ZendeskAudit {
  id: number;
  ticket_id: number;
  created_at: string;
  author_id: number;
  events: ZendeskAuditEvent[];
  [extra: string]: unknown;
}

/** `GET /api/v2/users/me` */
export interface CurrentUserResponse {
  user: ZendeskUser;
}

/** `GET /api/v2/tickets/{id}`, and `POST /api/v2/tickets` (which adds the audit). */
export interface TicketResponse {
  ticket: ZendeskTicket;
  audit?: ZendeskAudit;
}

/** `PUT /api/v2/tickets/{id}` */
export interface TicketUpdateResponse {
  ticket: ZendeskTicket;
  audit: ZendeskAudit;
}

/** `GET /api/v2/tickets/{id}/comments` with offset pagination (the default). */
export interface TicketCommentsResponse {
  comments: ZendeskComment[];
  next_page?: string | null;
  previous_page?: string | null;
  count?: number;
}

/** `GET /api/v2/incremental/tickets/cursor` */
export interface IncrementalTicketsResponse {
  tickets: ZendeskTicket[];
  after_cursor: string | null;
  after_url?: string | null;
  before_cursor?: string | null;
  before_url?: string | null;
  end_of_stream: boolean;
}

/** Zendesk's error body: `{ error, description, details }` (details: field → problems). */
export interface ZendeskErrorBody {
  error?: string | { title?: string; message?: string };
  description?: string;
  details?: Record<string, { description?: string; error?: string }[]>;
}

/** What the adapter sends to create or update a ticket (`{ ticket: ... }`). */
export interface ZendeskTicketInput {
  subject?: string;
  comment?: { html_body: string; public?: boolean };
  requester?: { email: string; name: string };
  priority?: ZendeskPriority;
  tags?: string[];
  status?: ZendeskStatusName;
}
