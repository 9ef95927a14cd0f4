import { z } from 'zod';
import type { Me } from '../../shared/roles';
import { defineResolver } from '../define-resolver';

/** The caller's role, so the pages can hide what the caller may not do. Every resolver checks again. */
export const appMe = defineResolver({
  key: 'app/me',
  payload: z.object({}).strict(),
  access: { action: 'app.read' },
  handle: (_payload, { caller }): Promise<Me> => caller.role(),
});
