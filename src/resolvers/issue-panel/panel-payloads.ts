import { z } from 'zod';
import { integrationIdField, ticketIdField } from '../integration-payloads';

/**
 * Payload parts of the issue panel's resolvers. The issue is named by id (what the panel's module
 * context gives) or key; every resolver checks on the server what the caller may do with it.
 */
export const issueField = z.string().trim().regex(/^(\d{1,18}|[A-Z][A-Z0-9_]+-\d+)$/, 'Unknown issue.');

/** One linked ticket of the issue: the link is (integration, ticket); the issue, when given, must be the link's. */
export const linkedTicketPayload = z.object({ integrationId: integrationIdField, ticketId: ticketIdField, issue: issueField.optional() }).strict();


/** A reply or note: plain text (the help desk receives it as HTML paragraphs). */
export const replyText = z
  .string()
  .trim()
  .min(1, 'Write the reply or note first.')
  .max(10_000, 'Keep a reply under 10,000 characters; send a longer text from the help desk itself.');
