/**
 * The admin page's dashboard: links per help desk, stuck links, and the last days' sync activity
 * (src/dashboard, resolver `dashboard/summary`). Plain data, shared with static/src/dashboard.
 */
export interface ToolSummary {
  tool: string;
  toolName: string;
  integrations: number;
  links: number;
  stuck: number;
}

export interface DashboardSummary {
  tools: ToolSummary[];
  totals: { integrations: number; links: number; stuck: number };
  /** True when some integration has more links than are counted per call: the numbers are lower bounds ("5,000+"). */
  capped: boolean;
  /** One entry per UTC day, oldest first, every day of the window present. */
  activity: { day: string; ok: number; error: number }[];
}

/** How many days of sync activity the dashboard charts. */
export const ACTIVITY_DAYS = 7;
