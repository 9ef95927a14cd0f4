import { z } from 'zod';
import { identityStatus as readIdentityStatus } from '../../identity/identity-status';
import type { IdentityStatus } from '../../shared/identity';
import { defineResolver } from '../define-resolver';

/** Directory sync, identity map and personal data reporting, in counts (the admin page's identity panel). */
export const identityStatus = defineResolver({
  key: 'identity/status',
  payload: z.object({}).strict(),
  access: { action: 'site.administer' },
  handle: (): Promise<IdentityStatus> => readIdentityStatus(),
});
