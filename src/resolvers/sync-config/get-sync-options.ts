import { z } from 'zod';
import { OPTION_PARTS, type OptionPart, type OptionsByPart } from '../../sync/config/editor-views';
import { readOptions } from '../../sync/config/sync-config-options';
import { defineResolver } from '../define-resolver';
import { integrationIdField } from '../integration-payloads';

export const issueTypeIdField = z.string().regex(/^\d{1,18}$/, 'Pick an issue type.');

/**
 * What the editor offers in one step (`part`): issue and request types, Jira fields and
 * priorities, or both sides' statuses. The last two depend on the issue type picked in step 2.
 */
export const getSyncOptions = defineResolver({
  key: 'sync-config/options',
  payload: z
    .object({
      integrationId: integrationIdField,
      part: z.enum(OPTION_PARTS, { error: `Ask for one of ${OPTION_PARTS.join(', ')}.` }),
      issueTypeId: issueTypeIdField.optional(),
    })
    .strict()
    .refine((payload) => payload.part === 'linking' || payload.issueTypeId !== undefined, {
      path: ['issueTypeId'],
      message: 'Pick an issue type first (step What links).',
    }),
  access: { action: 'integrations.view', integrationId: ({ integrationId }) => integrationId },
  handle: ({ part, issueTypeId }, { integration }): Promise<OptionsByPart[OptionPart]> => readOptions(integration!, part, issueTypeId ?? ''),
});
