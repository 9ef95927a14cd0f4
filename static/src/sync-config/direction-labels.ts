import type { Direction } from '../../../src/shared/sync-config';
import type { Tool } from '../../../src/shared/roles';
import { TOOL_LABELS } from '../access/page-access';

/** How a direction reads to people, with the help desk named ("Freshdesk → Jira"). */
export function directionLabel(direction: Direction, tool: Tool): string {
  const desk = TOOL_LABELS[tool];
  switch (direction) {
    case 'both':
      return `Both ways (${desk} ⇄ Jira)`;
    case 'to-jira':
      return `${desk} → Jira only`;
    case 'to-helpdesk':
      return `Jira → ${desk} only`;
    case 'none':
      return 'Off (not synced)';
  }
}

/** Directions in the order the selects offer them. */
export const DIRECTION_ORDER: Direction[] = ['both', 'to-jira', 'to-helpdesk', 'none'];
