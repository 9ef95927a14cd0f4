import { kvs } from '@forge/kvs';
import type { ConnectorTool } from '../connectors/connector';
import { ENTITY, INDEX, SECRET } from '../storage/keys';
import type { Connection } from './connection';

type Stored = Omit<Connection, 'id'>;
const connections = () => kvs.entity<Stored>(ENTITY.connection);
const PAGE_SIZE = 100;

export async function getConnection(id: string): Promise<Connection | undefined> {
  const stored = await connections().get(id);
  return stored ? { id, ...stored } : undefined;
}

export async function saveConnection({ id, ...stored }: Connection): Promise<void> {
  // KVS entities reject undefined attributes: store only what is set.
  await connections().set(id, Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== undefined)) as Stored);
}

export async function deleteConnection(id: string): Promise<void> {
  await connections().delete(id);
  await kvs.deleteSecret(SECRET.connection(id));
}

export async function listConnections(tool?: ConnectorTool): Promise<Connection[]> {
  const found: Connection[] = [];
  let cursor: string | undefined;
  do {
    let query = connections()
      .query()
      .index(tool ? INDEX.connectionByTool : INDEX.connectionByCreated, tool ? { partition: [tool] } : undefined)
      .limit(PAGE_SIZE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    found.push(...page.results.map(({ key, value }) => ({ id: key, ...value })));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

/** The connection's secret, read only for a call to its help desk. */
export async function readConnectionSecret(id: string): Promise<string | undefined> {
  return kvs.getSecret<string>(SECRET.connection(id));
}

export async function storeConnectionSecret(id: string, secret: string): Promise<void> {
  await kvs.setSecret(SECRET.connection(id), secret);
}

export async function deleteConnectionSecret(id: string): Promise<void> {
  await kvs.deleteSecret(SECRET.connection(id));
}
