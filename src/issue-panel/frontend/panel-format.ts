import type { PanelSyncState, TicketBucket } from '../panel-view';

/**
 * How the panel words and colours things. Kept apart from the components so the same choices
 * are easy to test and reuse (and the panel reads the same in Jira and on the local site).
 */

type LozengeAppearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

/** A ticket status's lozenge follows its bucket; a last-known status (no bucket) stays neutral. */
export const STATUS_APPEARANCE: Record<TicketBucket, LozengeAppearance> = { new: 'new', 'in-progress': 'inprogress', waiting: 'moved', resolved: 'success' };

export const SYNC_STATE: Record<PanelSyncState, { label: string; appearance: LozengeAppearance }> = {
  ok: { label: 'In sync', appearance: 'success' },
  pending: { label: 'Syncing', appearance: 'inprogress' },
  stuck: { label: 'Stuck', appearance: 'removed' },
};

/** "2030-01-05 14:03 UTC": the same everywhere, whatever the viewer's browser locale. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const TOOL_COLOURS: Record<string, string> = { freshdesk: '#25c16f', zendesk: '#03363d', intercom: '#1f8ded', servicenow: '#62d84e' };

/**
 * The help desk's icon: a small self-contained SVG (its initial on the tool's colour), as a data
 * URI, so nothing is fetched from a vendor's site (Forge's content security policy would block
 * it, and the panel must not tell vendors who looks at which issue).
 */
export function toolIcon(tool: string, toolName: string): string {
  const colour = TOOL_COLOURS[tool] ?? '#626f86';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">` +
    `<rect width="16" height="16" rx="4" fill="${colour}"/>` +
    `<text x="8" y="12" font-family="Arial,sans-serif" font-size="10" font-weight="bold" fill="#fff" text-anchor="middle">${toolName.charAt(0)}</text></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
