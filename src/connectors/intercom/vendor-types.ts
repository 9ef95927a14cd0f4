/**
 * The parts of Intercom's REST API 2.15 objects Deskbridge reads, as the API returns them
 * (components/schemas in the OpenAPI description). Only what the mappers use is typed; the rest
 * of each object is there at runtime and ignored.
 */

/** `GET /me` (admin_with_app). */
export interface IntercomMe {
  type: 'admin';
  id: string;
  name?: string;
  email?: string;
  has_inbox_seat?: boolean;
  app?: { type?: 'app'; id_code?: string; name?: string; region?: string; timezone?: string } | null;
}

export interface IntercomAuthor {
  /** admin, bot, team, user, lead, contact. */
  type?: string;
  id?: string;
  name?: string | null;
  email?: string;
}

export interface IntercomPart {
  type?: 'conversation_part';
  id: string | number;
  /** comment, note, close, open, snoozed, assignment, and many event types. */
  part_type?: string;
  body?: string | null;
  created_at: number;
  updated_at?: number;
  author?: IntercomAuthor;
  redacted?: boolean;
}

export interface IntercomTag {
  type?: 'tag';
  id: string;
  name: string;
}

export interface IntercomStatistics {
  first_admin_reply_at?: number | null;
  last_admin_reply_at?: number | null;
  last_contact_reply_at?: number | null;
  last_close_at?: number | null;
  count_reopens?: number | null;
}

/** A conversation as retrieved (with parts) or listed/searched (without them). */
export interface IntercomConversation {
  type?: 'conversation';
  id: string;
  title?: string | null;
  created_at: number;
  updated_at: number;
  waiting_since?: number | null;
  snoozed_until?: number | null;
  open?: boolean;
  state: 'open' | 'closed' | 'snoozed';
  priority?: 'priority' | 'not_priority';
  admin_assignee_id?: number | null;
  tags?: { type?: 'tag.list'; tags?: IntercomTag[] };
  source?: { type?: string; id?: string; subject?: string; body?: string; author?: IntercomAuthor };
  contacts?: { type?: 'contact.list'; contacts?: { type?: 'contact'; id: string; external_id?: string | null }[] };
  statistics?: IntercomStatistics | null;
  conversation_parts?: { type?: 'conversation_part.list'; conversation_parts?: IntercomPart[]; total_count?: number };
}

/** `POST /conversations/search` (conversation_list with cursor pages). */
export interface IntercomConversationList {
  type: 'conversation.list';
  conversations: IntercomConversation[];
  total_count?: number;
  pages?: { type?: 'pages'; page?: number; per_page?: number; total_pages?: number; next?: { per_page?: number; starting_after?: string | null } | null } | null;
}

/** `POST /conversations` answers the message that started the conversation. */
export interface IntercomMessage {
  type: string;
  id: string;
  created_at: number;
  body: string;
  message_type: string;
  conversation_id: string;
}

export interface IntercomContact {
  type: 'contact';
  id: string;
  role?: string;
  email?: string | null;
  name?: string | null;
}

/** `POST /contacts/search` (contact_list). */
export interface IntercomContactList {
  type: 'list';
  data: IntercomContact[];
  total_count?: number;
}

/** Every Intercom error body: `{ type: 'error.list', request_id, errors: [{ code, message }] }`. */
export interface IntercomErrorList {
  type: 'error.list';
  request_id?: string | null;
  errors: { code: string; message?: string | null; field?: string | null }[];
}
