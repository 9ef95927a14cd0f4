import { z } from 'zod';
import { dashboardSummary as summarize } from '../../dashboard/dashboard-summary';
import type { DashboardSummary } from '../../dashboard/dashboard-view';
import { defineResolver } from '../define-resolver';

/** The admin page's dashboard (links per help desk, stuck links, 7 days of sync activity): Jira admins only. */
export const dashboardSummary = defineResolver({
  key: 'dashboard/summary',
  payload: z.object({}).strict(),
  access: { action: 'site.administer' },
  handle: (): Promise<DashboardSummary> => summarize(),
});
