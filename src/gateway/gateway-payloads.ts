import { z } from 'zod';
import { BUCKETS } from '../shared/sync-config';

/**
 * What bots may send, validated at the edge with `.strict()`: an unknown field is refused rather
 * than ignored, because a misspelt `pubilc` silently ignored would post an internal note as a
 * public reply. Limits follow Jira's (summary 255, text fields 32 767 characters).
 */
const MAX_TEXT = 32_000;
const numericId = (what: string) => z.string().regex(/^\d{1,18}$/, `${what} is a number in a string, e.g. "1".`);
/** A custom message that still says when the field is missing. */
const expecting = (what: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? `required: ${what}` : what) });
const accountId = z.string().min(1).max(128).regex(/^[\w:-]+$/, 'an Atlassian accountId, e.g. "5b10ac8d82e05b22cc7d4ef5".');

export const customerRef = z
  .object({
    accountId: accountId.optional(),
    email: z.email('a valid email address.').max(254).optional(),
    displayName: z.string().trim().min(1).max(255).optional(),
  })
  .strict()
  .refine((customer) => customer.accountId !== undefined || customer.email !== undefined, 'name the customer by accountId or by email.');

export const createRequestBody = z
  .object({
    serviceDeskId: numericId('serviceDeskId'),
    requestTypeId: numericId('requestTypeId'),
    customer: customerRef,
    summary: z.string().trim().min(1, 'a summary is required.').max(255, 'at most 255 characters.'),
    description: z.string().max(MAX_TEXT, `at most ${MAX_TEXT} characters.`).optional(),
  })
  .strict();

export const commentBody = z
  .object({
    body: z.string().trim().min(1, 'the comment is empty.').max(MAX_TEXT, `at most ${MAX_TEXT} characters.`),
    public: z.boolean(expecting('true for a reply the customer sees, false for an internal note.')),
  })
  .strict();

export const transitionBody = z
  .object({
    bucket: z.enum(BUCKETS, expecting(`one of ${BUCKETS.join(', ')}.`)),
    assigneeAccountId: accountId.optional(),
    resolutionName: z.string().trim().min(1).max(255).optional(),
  })
  .strict();

export const listRequestsQuery = z
  .object({
    customer: accountId.optional(),
    updatedSince: z.iso.datetime({ offset: true, error: 'an ISO 8601 date-time, e.g. 2024-05-01T00:00:00Z.' }).optional(),
    serviceDeskId: numericId('serviceDeskId').optional(),
    limit: z.coerce.number().int().min(1).max(100).optional(),
    cursor: z.string().min(1).max(2000).optional(),
  })
  .strict();

export const getRequestQuery = z.object({ comments: z.enum(['true', 'false'], 'true or false.').optional() }).strict();

export const noQuery = z.object({}).strict();

/** A JSM request key: project key, dash, number. */
export const REQUEST_KEY = /^[A-Z][A-Z0-9_]{0,99}-\d{1,18}$/;

export type CreateRequestBody = z.infer<typeof createRequestBody>;
export type CommentBody = z.infer<typeof commentBody>;
export type TransitionBody = z.infer<typeof transitionBody>;
export type ListRequestsQuery = z.infer<typeof listRequestsQuery>;
