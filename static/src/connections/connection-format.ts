import type { ConnectionView, ConnectorSpecView, ConnectorTool, FieldSpec } from '../../../src/shared/connections';
import { TOOL_LABELS } from '../access/page-access';

/**
 * How a connection is described to people: its status, its key (only that one is set, never
 * what it is), who uses it, and which actions its row offers. Pure, so the wording is tested.
 */

type Status = ConnectionView['status'];

/** Lozenge label and appearance per status: Connected is green, Error red, Disconnected grey. */
export const STATUS_LOOK: Record<Status, { label: string; appearance: 'success' | 'default' | 'removed' }> = {
  connected: { label: 'Connected', appearance: 'success' },
  disconnected: { label: 'Disconnected', appearance: 'default' },
  error: { label: 'Error', appearance: 'removed' },
};

/** The tool's name as its connector spells it, or the app's own label while the specs load. */
export const toolName = (specs: readonly ConnectorSpecView[], tool: ConnectorTool): string =>
  specs.find((spec) => spec.tool === tool)?.displayName ?? TOOL_LABELS[tool];

export const specOf = (specs: readonly ConnectorSpecView[], tool: ConnectorTool): ConnectorSpecView | undefined =>
  specs.find((spec) => spec.tool === tool);

/** The fields a key rotation asks for: the connector's secret fields, nothing else. */
export const secretFieldsOf = (spec: ConnectorSpecView | undefined): FieldSpec[] => spec?.fields.filter((field) => field.secret) ?? [];

/** What the connector calls its secret ("API key", "Access token", "Password"). */
export const secretLabelOf = (spec: ConnectorSpecView | undefined): string => secretFieldsOf(spec)[0]?.label ?? 'API key';

/** A label inside a sentence: "Access token" → "access token", while "API key" keeps its acronym. */
export const inSentence = (label: string): string => (/^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);

/** "API key •••• set on 3 Jun 2025": that a secret is stored and since when, never any of it. */
export function secretSummary(secretLabel: string, setOn: string | undefined): string {
  return setOn === undefined ? `No ${inSentence(secretLabel)} stored` : `${secretLabel} •••• set on ${setOn}`;
}

/** A day in the viewer's locale ("3 Jun 2025"); undefined for a missing or broken time. */
export function formatDay(iso: string | undefined, locale?: string): string | undefined {
  if (iso === undefined || Number.isNaN(Date.parse(iso))) return undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/** When the credentials were last checked: "5 minutes ago" while recent, so freshness shows at a glance; else the day. */
export const verifiedText = (iso: string, now: number = Date.now(), locale?: string): string => relativeTime(iso, now, locale) ?? formatDay(iso, locale) ?? '—';

const UNITS: { unit: Intl.RelativeTimeFormatUnit; seconds: number }[] = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
];

/** Up to this age a moment is shown relative; beyond it, as a date. */
const RELATIVE_LIMIT_SECONDS = 7 * 86_400;

/**
 * @param now  Epoch ms; a parameter so tests don't depend on the clock.
 * @returns "just now", "3 minutes ago", "yesterday"...; undefined for an invalid or older time.
 */
export function relativeTime(iso: string, now: number = Date.now(), locale?: string): string | undefined {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return undefined;
  // A moment slightly in the future is clock skew between server and browser: it just happened.
  const ageSeconds = Math.max(0, Math.round((now - then) / 1000));
  if (ageSeconds < 45) return 'just now';
  if (ageSeconds >= RELATIVE_LIMIT_SECONDS) return undefined;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const { unit, seconds } = UNITS.find((candidate) => ageSeconds >= candidate.seconds) ?? UNITS[UNITS.length - 1];
  return format.format(-Math.max(1, Math.floor(ageSeconds / seconds)), unit);
}

/** The integrations using a connection, by name, for its "Used by" cell. */
export const usedByText = (connection: Pick<ConnectionView, 'usedBy'>): string =>
  connection.usedBy.length === 0 ? 'Not used yet' : connection.usedBy.map(({ name }) => name).join(', ');

/** The actions a row offers, in the order they are shown. */
export type ConnectionAction = 'verify' | 'rotate' | 'rename' | 'disconnect' | 'delete';

/**
 * A disconnected connection has no key: re-verifying or disconnecting it again would do nothing,
 * so it offers to reconnect (a key rotation) instead.
 */
export function connectionActions(connection: Pick<ConnectionView, 'status'>): ConnectionAction[] {
  return connection.status === 'disconnected' ? ['rotate', 'rename', 'delete'] : ['verify', 'rotate', 'rename', 'disconnect', 'delete'];
}

export function actionLabel(action: ConnectionAction, connection: Pick<ConnectionView, 'status'>): string {
  switch (action) {
    case 'verify':
      return 'Re-verify';
    case 'rotate':
      return connection.status === 'disconnected' ? 'Reconnect' : 'Rotate key';
    case 'rename':
      return 'Rename';
    case 'disconnect':
      return 'Disconnect';
    case 'delete':
      return 'Delete';
  }
}
