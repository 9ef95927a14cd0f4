import { createHash } from 'node:crypto';
import { kvs, Sort } from '@forge/kvs';
import type { ConnectorTool } from '../../connectors/connector';
import { definedAttributes } from '../../storage/entity-pages';
import { ENTITY, INDEX } from '../../storage/keys';

/** One row of the identity map (entity `identity-link`): a help-desk contact or agent ↔ a Jira account. */
export interface IdentityLink {
  tool: ConnectorTool;
  contactId: string;
  accountId: string;
  /** 'email': an exact email match Deskbridge found; 'manual': an admin said so (wins over email). */
  source: 'email' | 'manual';
  /** For email matches: the keyed hash of the email matched, so a changed email can be detected. */
  emailKey?: string;
  /** Epoch ms. */
  updatedAt: number;
}

const links = () => kvs.entity<IdentityLink>(ENTITY.identityLink);
const KVS_BATCH = 25;

/**
 * The key of a (tool, contact) pair. Contact ids come from help desks and CSV files and may hold
 * characters KVS keys do not allow, so the id is hashed; the row keeps it as an attribute.
 */
export function linkKey(tool: string, contactId: string): string {
  return `${tool}:${createHash('sha256').update(contactId).digest('hex').slice(0, 40)}`;
}

export const getLink = (tool: ConnectorTool, contactId: string) => links().get(linkKey(tool, contactId));

export async function saveLink(link: IdentityLink): Promise<void> {
  await links().set(linkKey(link.tool, link.contactId), definedAttributes(link));
}

/** Saves many links, 25 per KVS call and four calls at a time; throws if any failed. */
export async function saveLinks(rows: IdentityLink[]): Promise<void> {
  const batches: IdentityLink[][] = [];
  for (let i = 0; i < rows.length; i += KVS_BATCH) batches.push(rows.slice(i, i + KVS_BATCH));
  for (let i = 0; i < batches.length; i += 4) {
    const results = await Promise.all(
      batches
        .slice(i, i + 4)
        .map((batch) => kvs.batchSet(batch.map((link) => ({ entityName: ENTITY.identityLink, key: linkKey(link.tool, link.contactId), value: definedAttributes(link) })))),
    );
    const failed = results.reduce((sum, result) => sum + result.failedKeys.length, 0);
    if (failed > 0) throw new Error(`${failed} identity links could not be saved`);
  }
}

/** Removes a link; false when there was none. */
export async function deleteLink(tool: ConnectorTool, contactId: string): Promise<boolean> {
  const key = linkKey(tool, contactId);
  if (!(await links().get(key))) return false;
  await links().delete(key);
  return true;
}

export async function deleteLinkByKey(key: string): Promise<void> {
  await links().delete(key);
}

/** Newest first, a page at a time, of one tool or of all. */
export async function listLinks(tool: ConnectorTool | undefined, cursor: string | undefined, limit = 50) {
  let query = links()
    .query()
    .index(tool ? INDEX.linkByTool : INDEX.linkByUpdated, tool ? { partition: [tool] } : undefined)
    .sort(Sort.DESC)
    .limit(limit);
  if (cursor) query = query.cursor(cursor);
  return query.getMany();
}

/** The links of one account, a page at a time (erasure and refresh). */
export async function linksOfAccount(accountId: string, cursor?: string) {
  let query = links().query().index(INDEX.linkByAccount, { partition: [accountId] }).limit(100);
  if (cursor) query = query.cursor(cursor);
  return query.getMany();
}

/** How many links came from each source, read a page at a time (for the admin page's counts). */
export async function countLinks(source: IdentityLink['source']): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    let query = links().query().index(INDEX.linkBySource, { partition: [source] }).limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    count += page.results.length;
    cursor = page.nextCursor;
  } while (cursor);
  return count;
}
