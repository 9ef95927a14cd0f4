import fs from 'node:fs';
import { readSeedFile, SeedFileError } from '../vendor/seed-file';
import { defaultSeed } from './seed';
import { completeAdmin, completeContact, completeConversation } from './shapes';
import type { IntercomState, SandboxTag } from './state';

/**
 * A workspace from a JSON file of objects in Intercom's own shapes (see README.md): each section
 * given replaces the built-in one, sections left out keep it. Missing optional fields get
 * Intercom's defaults, unknown fields are kept, and a file that cannot be used is refused with
 * `SeedFileError` (file:line: reason) before the sandbox starts.
 */

type Open = Record<string, unknown>;
const SECTIONS = ['app', 'admins', 'access_tokens', 'contacts', 'tags', 'conversations', 'rate_limit'];
const TIMESTAMPS = ['created_at', 'updated_at', 'waiting_since', 'snoozed_until'];

export function seedFromFile(file: string): () => IntercomState {
  const { json } = readSeedFile(file);
  const text = fs.readFileSync(file, 'utf8');
  const lineAt = (offset: number) => text.slice(0, Math.max(0, offset)).split('\n').length;
  const sectionLine = (section: string) => lineAt(text.indexOf(`"${section}"`));
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** Where the `occurrence`-th `"id": <id>` after the section starts is written, or -1. */
  const itemOffset = (section: string, id: unknown, occurrence = 0) => {
    const pattern = new RegExp(`"id"\\s*:\\s*"?${escape(String(id))}"?(?![\\w-])`, 'g');
    pattern.lastIndex = Math.max(0, text.indexOf(`"${section}"`));
    let match: RegExpExecArray | null = null;
    for (let index = 0; index <= occurrence; index++) match = pattern.exec(text);
    return match ? match.index : -1;
  };
  /** The line of an item (its id), or of `"field"` after its id; else the section's line. */
  const itemLine = (section: string, id: unknown, field?: string, occurrence = 0) => {
    const at = itemOffset(section, id, occurrence);
    if (at < 0) return sectionLine(section);
    const fieldAt = field ? text.indexOf(`"${field}"`, at) : -1;
    return lineAt(fieldAt >= 0 ? fieldAt : at);
  };
  const fail = (line: number, reason: string): never => {
    throw new SeedFileError(file, line, reason);
  };

  if (!json || typeof json !== 'object' || Array.isArray(json)) fail(1, `the seed file must be a JSON object with any of: ${SECTIONS.join(', ')}`);
  const given = json as Open;
  const unknown = Object.keys(given).filter((key) => !SECTIONS.includes(key) && key !== 'format');
  if (unknown.length) fail(sectionLine(unknown[0]), `unknown section "${unknown[0]}" (expected any of: ${SECTIONS.join(', ')})`);

  const base = defaultSeed();
  const list = (section: string): Open[] | undefined => {
    if (given[section] === undefined) return undefined;
    if (!Array.isArray(given[section])) fail(sectionLine(section), `${section} must be an array`);
    const items = given[section] as unknown[];
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) fail(sectionLine(section), `${section}[${index}] must be an object`);
      const id = (item as Open).id;
      if (section === 'access_tokens') return;
      if (typeof id !== 'string' && typeof id !== 'number') fail(sectionLine(section), `${section}[${index}] has no id`);
      if (seen.has(String(id))) fail(itemLine(section, id, undefined, 1), `${section}[${index}]: id ${String(id)} appears twice`);
      seen.add(String(id));
    });
    return items as Open[];
  };

  const state: IntercomState = { ...base };
  if (given.app !== undefined) {
    const app = given.app as Open;
    if (!app || typeof app !== 'object' || Array.isArray(app)) fail(sectionLine('app'), 'app must be an object');
    if (app.region !== undefined && !['US', 'EU', 'AU'].includes(String(app.region))) fail(sectionLine('app'), `app.region must be US, EU or AU, not ${JSON.stringify(app.region)}`);
    state.app = { ...base.app, ...app, type: 'app' } as IntercomState['app'];
  }
  const admins = list('admins');
  if (admins) state.admins = admins.map(completeAdmin);
  const contacts = list('contacts');
  if (contacts) state.contacts = contacts.map((contact) => completeContact(contact, state.app.id_code, state.app.created_at));
  const tags = list('tags');
  if (tags) {
    tags.forEach((tag, index) => typeof tag.name !== 'string' && fail(itemLine('tags', tag.id), `tags[${index}] has no name`));
    state.tags = tags.map((tag) => ({ ...tag, type: 'tag', id: String(tag.id) }) as SandboxTag);
  }
  const tokens = list('access_tokens');
  if (tokens) {
    tokens.forEach((grant, index) => {
      if (typeof grant.token !== 'string' || !grant.token) fail(sectionLine('access_tokens'), `access_tokens[${index}] has no token`);
      if (!state.admins.some((admin) => admin.id === String(grant.admin_id))) fail(sectionLine('access_tokens'), `access_tokens[${index}].admin_id ${JSON.stringify(grant.admin_id)} is not an admin`);
    });
    state.access_tokens = tokens.map((grant) => ({ token: String(grant.token), admin_id: String(grant.admin_id) }));
  }
  const conversations = list('conversations');
  if (conversations) {
    conversations.forEach((conversation, index) =>
      checkConversation(conversation, `conversations[${index}]`, (reason, field) => fail(itemLine('conversations', conversation.id, field), reason)),
    );
    state.conversations = conversations.map((conversation) => completeConversation(conversation, state.app.created_at));
  }
  if (given.rate_limit !== undefined) {
    const limit = given.rate_limit as Open;
    if (!Number.isInteger(limit?.limit) || (limit.window_seconds !== undefined && !Number.isInteger(limit.window_seconds))) fail(sectionLine('rate_limit'), 'rate_limit must be { "limit": <integer>, "window_seconds": <integer> }');
    state.rate_limit = { ...base.rate_limit, ...(limit as object) } as IntercomState['rate_limit'];
  }
  state.next_id = Math.max(10000, ...[...state.conversations.flatMap((c) => [c.id, ...c.conversation_parts.conversation_parts.map((p) => p.id)]), ...state.tags.map((t) => t.id)].map(Number).filter(Number.isFinite).map((n) => n + 1));
  const frozen = JSON.stringify(state);
  return () => JSON.parse(frozen) as IntercomState;
}

/** `fail(reason, field)`: the field names where in the item the problem is written. */
function checkConversation(conversation: Open, where: string, fail: (reason: string, field?: string) => never): void {
  if (!/^\d+$/.test(String(conversation.id))) fail(`${where}.id must be digits (Intercom conversation ids are integers), not ${JSON.stringify(conversation.id)}`);
  if (conversation.state !== undefined && !['open', 'closed', 'snoozed'].includes(String(conversation.state))) fail(`${where}.state must be open, closed or snoozed`, 'state');
  for (const field of TIMESTAMPS) {
    const value = conversation[field];
    if (value !== undefined && value !== null && !Number.isInteger(value)) fail(`${where}.${field} must be a Unix time in seconds (an integer)`, field);
  }
  const parts = (conversation.conversation_parts as Open | undefined)?.conversation_parts;
  if (parts === undefined) return;
  const partFail = (reason: string): never => fail(reason, 'conversation_parts');
  if (!Array.isArray(parts)) partFail(`${where}.conversation_parts.conversation_parts must be an array`);
  (parts as unknown[]).forEach((part, index) => {
    const at = `${where}.conversation_parts.conversation_parts[${index}]`;
    if (!part || typeof part !== 'object') partFail(`${at} must be an object`);
    const value = part as Open;
    if (typeof value.id !== 'string' && typeof value.id !== 'number') partFail(`${at} has no id`);
    if (value.part_type !== undefined && typeof value.part_type !== 'string') partFail(`${at}.part_type must be a string`);
    if (value.created_at !== undefined && !Number.isInteger(value.created_at)) partFail(`${at}.created_at must be a Unix time in seconds (an integer)`);
    const author = value.author as Open | undefined;
    if (author !== undefined && (!author || typeof author !== 'object' || typeof author.type !== 'string' || author.id === undefined)) partFail(`${at}.author needs a type and an id`);
  });
}
