import { kvs } from '@forge/kvs';
import { definedAttributes, PAGE_SIZE, readAllPages } from '../storage/entity-pages';
import { ENTITY, INDEX } from '../storage/keys';
import type { Tool } from '../shared/roles';
import type { Integration } from './integration';

type Stored = Omit<Integration, 'id'>;

const integrations = () => kvs.entity<Stored>(ENTITY.integration);

export async function getIntegration(id: string): Promise<Integration | undefined> {
  const stored = await integrations().get(id);
  return stored ? { id, ...stored } : undefined;
}

export async function saveIntegration({ id, ...stored }: Integration): Promise<void> {
  await integrations().set(id, definedAttributes(stored));
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

/** The integrations an account owns (erasure of a closed account). */
export function listIntegrationsOwnedBy(accountId: string): Promise<Integration[]> {
  return readAll(INDEX.integrationByOwner, [accountId]);
}

export function listIntegrationsOfConnection(connectionId: string): Promise<Integration[]> {
  return readAll(INDEX.integrationByConnection, [connectionId]);
}

/** Integrations per site are few, so a list reads all pages. */
async function readAll(index: string, partition?: string[]): Promise<Integration[]> {
  const rows = await readAllPages((cursor) => {
    const query = integrations()
      .query()
      .index(index, partition ? { partition } : undefined)
      .limit(PAGE_SIZE);
    return (cursor ? query.cursor(cursor) : query).getMany();
  });
  return rows.map(({ key, value }) => ({ id: key, ...value }));
}
