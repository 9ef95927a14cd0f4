import { z } from 'zod';
import { describeDesks } from '../../gateway/service-desks';
import { GATEWAY_OPERATIONS, MAX_RATE_LIMIT_PER_MINUTE, type CreateGatewayKeyPayload } from '../../gateway/gateway-types';
import { UserFacingError } from '../../shared/errors';

/** The payloads of the gateway key resolvers, and the checks that need the site (desks) or the clock. */

export const keyId = z.string().regex(/^[0-9a-f]{16}$/, 'Unknown key.');

export const createKeyPayload = z
  .object({
    name: z.string().trim().min(1, 'Give the key a name, e.g. the bot that will use it.').max(80, 'Keep the name under 80 characters.'),
    serviceDeskIds: z
      .array(z.string().regex(/^\d{1,18}$/, 'Service desks are chosen from the list.'))
      .min(1, 'Pick at least one service desk the key may reach.')
      .max(50, 'A key may reach at most 50 service desks.'),
    operations: z
      .array(z.enum(GATEWAY_OPERATIONS, `Operations are ${GATEWAY_OPERATIONS.join(', ')}.`))
      .min(1, 'Pick at least one operation the key may perform.'),
    expiresAt: z.iso.datetime({ offset: true, error: 'Pick a date, or leave the expiry empty for a key that does not expire.' }).optional(),
    rateLimitPerMinute: z
      .number()
      .int('Use a whole number of calls.')
      .min(1, 'Allow at least one call a minute.')
      .max(MAX_RATE_LIMIT_PER_MINUTE, `At most ${MAX_RATE_LIMIT_PER_MINUTE} calls a minute.`)
      .optional(),
  })
  .strict();

/**
 * What the schema cannot know: the expiry must lie ahead, and every desk must be a JSM service
 * desk of this site (a typo would otherwise issue a key that can reach nothing).
 */
export async function checkedKeyPayload(payload: z.infer<typeof createKeyPayload>, now = Date.now()): Promise<CreateGatewayKeyPayload> {
  if (payload.expiresAt !== undefined && Date.parse(payload.expiresAt) <= now) {
    throw new UserFacingError('invalid', 'expiresAt: Pick a date in the future, or leave it empty for a key that does not expire.');
  }
  const known = new Set((await describeDesks()).map((desk) => desk.id));
  const unknown = [...new Set(payload.serviceDeskIds)].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new UserFacingError('invalid', `serviceDeskIds: This site has no service desk ${unknown.join(', ')}. Reload the page to see the current desks.`);
  }
  return payload;
}
