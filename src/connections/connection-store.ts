import { kvs } from '@forge/kvs';
import type { ConnectorTool } from '../connectors/connector';
import { definedAttributes, PAGE_SIZE, readAllPages } from '../storage/entity-pages';
import { ENTITY, INDEX, SECRET } from '../storage/keys';
import type { Connection } from './connection';

type Stored = Omit<Connection, 'id'>;
const connections = () => kvs.entity<Stored>(ENTITY.connection);

export async function getConnection(id: string): Promise<Connection | undefined> {
  const stored = await connections().get(id);
  return stored ? { id, ...stored } : undefined;
}

export async function saveConnection({ id, ...stored }: Connection): Promise<void> {
  await connections().set(id, definedAttributes(stored));
}

export async function deleteConnection(id: string): Promise<void> {
  await connections().delete(id);
  await deleteConnectionSecret(id);
}

export async function listConnections(tool?: ConnectorTool): Promise<Connection[]> {
  const rows = await readAllPages((cursor) => {
    const query = connections()
      .query()
      .index(tool ? INDEX.connectionByTool : INDEX.connectionByCreated, tool ? { partition: [tool] } : undefined)
      .limit(PAGE_SIZE);
    return (cursor ? query.cursor(cursor) : query).getMany();
  });
  return rows.map(({ key, value }) => ({ id: key, ...value }));
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
