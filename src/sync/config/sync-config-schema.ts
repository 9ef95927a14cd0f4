import { z } from 'zod';
import { DIRECTIONS, type SyncConfig } from '../../shared/sync-config';

/**
 * The shape of a SyncConfig, checked strictly before anything is looked up in Jira or the help
 * desk. Limits keep a config far below KVS's 240 KiB value limit and the 500 KB invoke payload.
 */

const MAX_TEXT = 255;
const MAX_MAP_ENTRIES = 200;
const MAX_CUSTOM_FIELDS = 50;
const MAX_JQL = 2000;

const direction = z.enum(DIRECTIONS, { error: `Pick one of ${DIRECTIONS.join(', ')}.` });
const text = (what: string) => z.string({ error: `Enter ${what}.` }).max(MAX_TEXT, `Keep ${what} under ${MAX_TEXT} characters.`);
const id = (what: string) => text(what).trim().min(1, `Pick ${what}.`);
const valueMap = (what: string) =>
  z
    .record(z.string().max(MAX_TEXT, `Keep each ${what} under ${MAX_TEXT} characters.`), text(what))
    .refine((map) => Object.keys(map).length <= MAX_MAP_ENTRIES, `Map at most ${MAX_MAP_ENTRIES} values.`);
const list = (what: string) => z.array(text(what)).max(MAX_MAP_ENTRIES, `List at most ${MAX_MAP_ENTRIES} ${what}s.`);

const customField = z
  .object({
    ticketField: id('the help-desk field'),
    jiraFieldId: id('the Jira field'),
    type: z.enum(['text', 'number', 'date', 'select'], { error: 'Pick the type: text, number, date or select.' }),
    direction,
    valueMap: valueMap('select value').optional(),
  })
  .strict();

export const syncConfigSchema = z
  .object({
    enabled: z.boolean({ error: 'Say whether the sync is on (true or false).' }),
    direction,
    issueTypeId: id('the issue type new issues get'),
    requestTypeId: id('the request type').optional(),
    linking: z
      .object({
        ticketsCreateIssues: z.boolean({ error: 'Say whether new tickets create issues.' }),
        ticketFilter: z
          .object({ statusIds: list('status'), tags: list('tag'), priorities: list('priority') })
          .strict(),
        issuesCreateTickets: z.boolean({ error: 'Say whether new issues create tickets.' }),
        issueJql: z.string({ error: 'Enter the JQL filter.' }).max(MAX_JQL, `Keep the JQL under ${MAX_JQL} characters.`),
      })
      .strict(),
    fields: z
      .object({
        summary: direction,
        description: direction,
        priority: z.object({ direction, valueMap: valueMap('priority') }).strict(),
        labels: direction,
        requester: direction,
        custom: z.array(customField).max(MAX_CUSTOM_FIELDS, `Map at most ${MAX_CUSTOM_FIELDS} custom fields.`),
      })
      .strict(),
    statuses: z.object({ direction, toJira: valueMap('status'), toHelpdesk: valueMap('status') }).strict(),
    comments: z
      .object({
        publicReplies: direction,
        privateNotes: direction,
        jiraCommentsOut: z.boolean({ error: 'Say whether Jira comments go out to the help desk.' }),
        restrictedRole: z.string({ error: 'Enter the project role.' }).max(MAX_TEXT, `Keep the role under ${MAX_TEXT} characters.`),
      })
      .strict(),
  })
  .strict();

// Compile-time check that the schema and the shared model agree, both ways.
type Parsed = z.infer<typeof syncConfigSchema>;
const sameShape: [Parsed, SyncConfig] extends [SyncConfig, Parsed] ? true : never = true;
void sameShape;
