import { z } from 'zod';
import { readLog } from '../../integrations/integration-log';
import type { LogPage } from '../../shared/integrations';
import { defineResolver } from '../define-resolver';

/** An integration's log, newest first, for those allowed to read it. */
export const readLogs = defineResolver({
  key: 'logs/read',
  payload: z.object({ integrationId: z.string().uuid('Unknown integration.'), cursor: z.string().optional() }).strict(),
  access: { action: 'logs.read', integrationId: ({ integrationId }) => integrationId },
  handle: ({ integrationId, cursor }): Promise<LogPage> => readLog(integrationId, cursor),
});
