import { kvs } from '@forge/kvs';
import { ENTITY, INDEX } from '../storage/keys';
import type { Tool } from '../shared/roles';
import type { Integration } from './integration';

type Stored = Omit<Integration, 'id'>;

const integrations = () => kvs.entity<Stored>(ENTITY.integration);

/** KVS pages hold at most 100 items; integrations per site are few, so listing reads all pages. */
const PAGE_SIZE = 100;

export async function getIntegration(id: string): Promise<Integration | undefined> {
  const stored = await integrations().get(id);
  return stored ? { id, ...stored } : undefined;
}

export async function saveIntegration({ id, ...stored }: Integration): Promise<void> {
  // KVS entities reject undefined attributes: store only what is set.
  await integrations().set(id, Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== undefined)) as Stored);
}

export async function deleteIntegration(id: string): Promise<void> {
  await integrations().delete(id);
}

/** Every integration on the site, oldest first. */
export function listAllIntegrations(): Promise<Integration[]> {
  return readAll(INDEX.integrationByCreated);
}

export function listIntegrationsOfProject(projectId: string): Promise<Integration[]> {
  return readAll(INDEX.integrationByProject, [projectId]);
}

export function listIntegrationsOfTool(tool: Tool): Promise<Integration[]> {
  return readAll(INDEX.integrationByTool, [tool]);
}

export function listIntegrationsOfConnection(connectionId: string): Promise<Integration[]> {
  return readAll(INDEX.integrationByConnection, [connectionId]);
}

async function readAll(index: string, partition?: string[]): Promise<Integration[]> {
  const found: Integration[] = [];
  let cursor: string | undefined;
  do {
    let query = integrations()
      .query()
      .index(index, partition ? { partition } : undefined)
      .limit(PAGE_SIZE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    found.push(...page.results.map(({ key, value }) => ({ id: key, ...value })));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}
