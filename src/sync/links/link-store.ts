import { kvs, Sort } from '@forge/kvs';
import { definedAttributes, readAllPages } from '../../storage/entity-pages';
import { ENTITY, INDEX } from '../../storage/keys';
import type { SyncLink, SyncState } from './link';

type StoredLink = Omit<SyncLink, 'id'>;
const links = () => kvs.entity<StoredLink>(ENTITY.syncLink);
const withId = ({ key, value }: { key: string; value: StoredLink }): SyncLink => ({ id: key, ...value });

export async function getLink(id: string): Promise<SyncLink | undefined> {
  const stored = await links().get(id);
  return stored ? { id, ...stored } : undefined;
}

export async function saveLink({ id, ...stored }: SyncLink): Promise<void> {
  await links().set(id, definedAttributes(stored));
}

export async function deleteLink(id: string): Promise<void> {
  await links().delete(id);
}

/** Every link of one Jira issue (several tickets may share an issue), whatever project it has moved to. */
export async function linksOfIssue(issueId: string): Promise<SyncLink[]> {
  const rows = await readAllPages((cursor) => {
    let query = links().query().index(INDEX.syncLinkByIssue, { partition: [issueId] }).limit(100);
    if (cursor) query = query.cursor(cursor);
    return query.getMany();
  });
  return rows.map(withId);
}

/** One page of an integration's links, newest first, optionally only those in one state. */
export async function linksOfIntegration(integrationId: string, options: { state?: SyncState; cursor?: string; limit?: number } = {}) {
  let query = (
    options.state
      ? links().query().index(INDEX.syncLinkByState, { partition: [integrationId, options.state] })
      : links().query().index(INDEX.syncLinkByIntegration, { partition: [integrationId] })
  )
    .sort(Sort.DESC)
    .limit(options.limit ?? 50);
  if (options.cursor) query = query.cursor(options.cursor);
  const page = await query.getMany();
  return { links: page.results.map(withId), nextCursor: page.nextCursor };
}

/** Every link of an integration (deleting an integration, reports). */
export async function allLinksOfIntegration(integrationId: string): Promise<SyncLink[]> {
  const rows = await readAllPages((cursor) => {
    let query = links().query().index(INDEX.syncLinkByIntegration, { partition: [integrationId] }).limit(100);
    if (cursor) query = query.cursor(cursor);
    return query.getMany();
  });
  return rows.map(withId);
}
