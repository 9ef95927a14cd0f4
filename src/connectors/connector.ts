import type { Tool } from '../shared/roles';
import type { ConnectorBackfill } from './connector-backfill';
import type { ConnectorWebhooks } from './connector-webhooks';

/** The tools Deskbridge connects to through their own APIs (JSM is Jira itself). */
export type ConnectorTool = Exclude<Tool, 'jsm'>;

/** One field of the connection form, built from the spec (the UI renders it; the server validates it). */
export interface FieldSpec {
  key: 'domain' | 'username' | 'secret';
  label: string;
  /** Secret fields are stored only in Forge secret storage and never sent back to a browser. */
  secret: boolean;
  required: boolean;
  placeholder?: string;
  help: string;
  /** A fixed choice (e.g. Intercom's regional API hosts) instead of free text. */
  options?: { value: string; label: string }[];
}

/** How a vendor wants its credentials presented. */
export type AuthScheme =
  | 'basic-key-as-username' // Freshdesk: API key as the Basic user, any password
  | 'basic-email-token' // Zendesk: "<email>/token" as the Basic user, the API token as password
  | 'basic-username-password' // ServiceNow
  | 'bearer'; // Intercom access token

/** What a person is told when the vendor says no: each message says what to fix. */
export interface ConnectorMessages {
  auth: string;
  noAccount: (domain: string) => string;
  permission: (detail: string) => string;
  rateLimited: (seconds: number) => string;
  unavailable: string;
}

/** The declarative part of a connector: everything the form, the validation and the HTTP layer need. */
export interface ConnectorSpec {
  tool: ConnectorTool;
  displayName: string;
  docsUrl: string;
  fields: FieldSpec[];
  domain: {
    /** A full host name the connection may call: nothing else ever receives the credentials. */
    pattern: RegExp;
    example: string;
    /** Appended when a person types only the account name ("acme" → "acme.freshdesk.com"). */
    suffix?: string;
  };
  /** The manifest's egress entries for this connector (checked by a test against manifest.yml). */
  egress: string[];
  auth: AuthScheme;
  /** Extra headers every request carries (e.g. Intercom-Version). */
  headers?: Record<string, string>;
  messages: ConnectorMessages;
}

/** The credentials of one connection, with the secret read from secret storage just for the call. */
export interface ConnectionCredentials {
  domain: string;
  username?: string;
  secret: string;
}

/** What a successful verification learned: shown to the admin, stored without secrets. */
export interface VerifiedAccount {
  /** The vendor account, e.g. "acme.freshdesk.com". */
  account: string;
  /** The agent/user the credentials belong to, by name (never an email in logs). */
  agentName: string;
}

export interface TicketStatus {
  id: string;
  name: string;
  /** The status bucket of DESIGN.md (New/Reopened, In Progress, Waiting for User, Resolved/Closed). */
  bucket: 'new' | 'in-progress' | 'waiting' | 'resolved';
}

export interface Ticket {
  id: string;
  subject: string;
  /** HTML as the help desk stores it. */
  description: string;
  status: TicketStatus;
  priority?: string;
  requester?: { id: string; email?: string; name?: string };
  tags: string[];
  createdAt: string;
  updatedAt: string;
  /** Where an agent opens the ticket in the help desk. */
  url: string;
  /** The help desk's own custom fields by name, where the connector reads them (mapped to Jira custom fields). */
  customFields?: Record<string, string | number | null>;
}

export interface TicketComment {
  id: string;
  ticketId: string;
  /** HTML. */
  body: string;
  /** Public reply (the customer sees it) or private note (agents only). */
  public: boolean;
  authorId?: string;
  createdAt: string;
}

export interface TicketPage {
  tickets: Ticket[];
  /** Opaque; absent on the last page. */
  nextCursor?: string;
}

export interface NewTicket {
  subject: string;
  description: string;
  requesterEmail?: string;
  priority?: string;
  tags?: string[];
}

export type TicketPatch = Partial<Pick<NewTicket, 'subject' | 'description' | 'priority' | 'tags'>> & {
  statusId?: string;
  customFields?: Record<string, string | number | null>;
};

export interface NewComment {
  body: string;
  public: boolean;
}

/**
 * The one interface the rest of Deskbridge uses to talk to a help desk. Each connector folder
 * implements it with the vendor's own calls, paging and error bodies.
 */
export interface Connector {
  spec: ConnectorSpec;
  /** Checks the credentials and that their user may do what Deskbridge needs (admin/agent rights). */
  verify(credentials: ConnectionCredentials): Promise<VerifiedAccount>;
  getTicket(credentials: ConnectionCredentials, id: string): Promise<Ticket>;
  listTicketsUpdatedSince(credentials: ConnectionCredentials, since: Date, cursor?: string): Promise<TicketPage>;
  createTicket(credentials: ConnectionCredentials, ticket: NewTicket): Promise<Ticket>;
  updateTicket(credentials: ConnectionCredentials, id: string, patch: TicketPatch): Promise<Ticket>;
  listComments(credentials: ConnectionCredentials, ticketId: string): Promise<TicketComment[]>;
  addComment(credentials: ConnectionCredentials, ticketId: string, comment: NewComment): Promise<TicketComment>;
  listStatuses(credentials: ConnectionCredentials): Promise<TicketStatus[]>;
  /** How the help desk's webhooks are set up and authenticated; absent for a tool only polled. */
  webhooks?: ConnectorWebhooks;
  /** Cheaper, steadier listing and rate-limit state for a backfill; absent: the members above are used. */
  backfill?: ConnectorBackfill;
}

export type { ConnectorWebhooks, WebhookEvent, WebhookInstructions, WebhookRegistration, WebhookTarget } from './connector-webhooks';
