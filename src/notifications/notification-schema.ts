import { z } from 'zod';
import { NOTIFY_FIELDS, PLACEHOLDERS, unknownPlaceholders, type NotificationSettings } from './notification-rules';

/** Enough rules for every status and field worth telling a customer about; far below KVS's value limit. */
const MAX_RULES = 20;
const MAX_TEMPLATE = 2000;

const id = (what: string) => z.string({ error: `Pick ${what}.` }).trim().min(1, `Pick ${what}.`).max(64, `${what} is at most 64 characters.`);

const template = z
  .string({ error: 'Write the message.' })
  .trim()
  .min(1, 'Write the message.')
  .max(MAX_TEMPLATE, `Keep the message under ${MAX_TEMPLATE} characters.`)
  .refine((text) => unknownPlaceholders(text).length === 0, {
    error: (issue) => `Unknown placeholder ${unknownPlaceholders(String(issue.input)).map((name) => `{${name}}`).join(', ')}: use ${PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}.`,
  });

const rule = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'A rule id is 1–40 lowercase letters, digits or dashes.'),
    when: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('status'), statusId: id('the Jira status') }).strict(),
      z.object({ kind: z.literal('field'), field: z.enum(NOTIFY_FIELDS, { error: `Pick one of ${NOTIFY_FIELDS.join(', ')}.` }) }).strict(),
    ]),
    visibility: z.enum(['public', 'private'], { error: 'Pick a public reply or a private note.' }),
    template,
    setTicketStatusId: id('the ticket status').optional(),
  })
  .strict();

/** The shape of NotificationSettings, checked strictly at the edge; references are checked by the service. */
export const notificationSettingsSchema = z
  .object({
    enabled: z.boolean({ error: 'Say whether notifications are on.' }),
    rules: z
      .array(rule)
      .max(MAX_RULES, `At most ${MAX_RULES} rules.`)
      .refine((rules) => new Set(rules.map((entry) => entry.id)).size === rules.length, 'Two rules share an id.'),
  })
  .strict();

// Compile-time check that the schema and the shared model agree, both ways.
type Parsed = z.infer<typeof notificationSettingsSchema>;
const sameShape: [Parsed, NotificationSettings] extends [NotificationSettings, Parsed] ? true : never = true;
void sameShape;
