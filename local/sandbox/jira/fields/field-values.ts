import { findUser } from '../state/lookups';
import type { AdfDocument, FieldRecord, SiteState } from '../state/site-state';

/**
 * Reads one field's value from a REST body (`fields.priority = { name: 'High' }`) into the
 * state's terms (a priority id), or says what Jira says when it refuses the value. Creating,
 * editing and transitioning all read values here, so every endpoint refuses the same things.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post
 */

export type FieldReading = { ok: true; value: unknown } | { ok: false; message: string };

const accept = (value: unknown): FieldReading => ({ ok: true, value });
const refuse = (message: string): FieldReading => ({ ok: false, message });

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

export function isAdfDocument(value: unknown): value is AdfDocument {
  return isObject(value) && value.type === 'doc' && value.version === 1 && Array.isArray(value.content);
}

/** `{ id }` or `{ name }` (or `{ value }` for options) naming one of `choices`. */
function choose(raw: unknown, choices: { id: string; name: string }[], nameKey: 'name' | 'value'): { id: string } | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.id !== undefined) return choices.find((choice) => choice.id === String(raw.id));
  const name = raw[nameKey];
  return typeof name === 'string' ? choices.find((choice) => choice.name.toLowerCase() === name.toLowerCase()) : undefined;
}

export function readFieldValue(site: SiteState, field: FieldRecord, raw: unknown): FieldReading {
  if (field.custom) return readCustomValue(field, raw);
  switch (field.id) {
    case 'summary':
      if (typeof raw !== 'string' || !raw.trim()) return refuse('You must specify a summary of the issue.');
      if (raw.length > 255) return refuse('Summary must be less than 255 characters.');
      return accept(raw);
    case 'description':
      if (raw === null) return accept(null);
      return isAdfDocument(raw) ? accept(raw) : refuse('Operation value must be an Atlassian Document (see the Atlassian Document Format).');
    case 'priority': {
      const priority = choose(raw, site.priorities, 'name');
      return priority ? accept(priority.id) : refuse('The priority selected is invalid.');
    }
    case 'resolution': {
      if (raw === null) return accept(null);
      const resolution = choose(raw, site.resolutions, 'name');
      return resolution ? accept(resolution.id) : refuse("Could not find valid 'id' or 'name' in resolution object.");
    }
    case 'labels':
      if (!Array.isArray(raw) || raw.some((label) => typeof label !== 'string')) return refuse('Labels must be a list of strings.');
      return readLabels(raw as string[]);
    case 'assignee':
    case 'reporter': {
      if (raw === null) return field.id === 'assignee' ? accept(null) : refuse('Reporter is required.');
      const accountId = isObject(raw) ? raw.accountId : undefined;
      if (typeof accountId !== 'string') return refuse(`Specify the ${field.name.toLowerCase()} as { accountId }.`);
      const user = findUser(site, accountId);
      if (!user || !user.active) return refuse(`Specified user does not exist or you do not have required permissions: '${accountId}'.`);
      return accept(accountId);
    }
    default:
      return refuse(`Field '${field.id}' cannot be set. It is not on the appropriate screen, or unknown.`);
  }
}

export function readLabels(labels: string[]): FieldReading {
  const spaced = labels.find((label) => /\s/.test(label));
  if (spaced !== undefined) return refuse(`The label '${spaced}' contains spaces which is invalid.`);
  const long = labels.find((label) => label.length > 255);
  if (long !== undefined) return refuse('The label must not exceed 255 characters.');
  return accept([...new Set(labels)]);
}

function readCustomValue(field: FieldRecord, raw: unknown): FieldReading {
  if (raw === null) return accept(null);
  switch (field.schema.type) {
    case 'string':
      if (typeof raw !== 'string') return refuse('Operation value must be a string');
      return raw.length > 255 ? refuse('The entered text is too long. It exceeds the allowed limit of 255 characters.') : accept(raw);
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? accept(raw) : refuse('Operation value must be a number');
    case 'date':
      return typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw))
        ? accept(raw)
        : refuse(`Error parsing date string: ${String(raw)}`);
    case 'option': {
      const options = (field.options ?? []).map((option) => ({ id: option.id, name: option.value }));
      const option = choose(raw, options, 'value');
      if (option) return accept(option.id);
      const named = isObject(raw) ? (raw.id !== undefined ? `id '${String(raw.id)}'` : `value '${String(raw.value)}'`) : `'${JSON.stringify(raw)}'`;
      return refuse(`Option ${named} is not valid`);
    }
    default:
      return refuse(`Field '${field.id}' cannot be set. It is not on the appropriate screen, or unknown.`);
  }
}
