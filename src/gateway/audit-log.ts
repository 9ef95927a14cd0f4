import { randomUUID } from 'node:crypto';
import { kvs, Sort } from '@forge/kvs';
import { definedAttributes } from '../storage/entity-pages';
import { ENTITY, INDEX } from '../storage/keys';
import type { AuditEntryView, AuditPage } from './gateway-types';

/**
 * One entry per call through the gateway that named an existing key, kept 90 days: which key
 * (and its name then), the operation, the request key, the status and how long it took. Never a
 * summary, a comment, a customer or any other content, so entries are stored in the clear and
 * hold no personal data; the request key says where to look in Jira.
 */
export interface AuditEntry {
  keyId: string;
  keyName: string;
  at: number;
  operation: string;
  method: string;
  status: number;
  result: 'ok' | 'refused' | 'error';
  /** The JSM request key the call was about, when it named or created one. */
  request?: string;
  errorKind?: string;
  durationMs: number;
}

const RETENTION = { value: 90, unit: 'DAYS' } as const;
const PAGE_SIZE = 50;

const entries = () => kvs.entity<AuditEntry>(ENTITY.gatewayAudit);

export async function appendAudit(entry: AuditEntry): Promise<void> {
  await entries().set(`${entry.keyId}:${String(entry.at).padStart(15, '0')}:${randomUUID()}`, definedAttributes(entry), { ttl: RETENTION });
}

/** Newest first, a page at a time. Only resolvers that checked `gateway.manage` may call this. */
export async function readAudit(keyId: string, cursor?: string): Promise<AuditPage> {
  let query = entries().query().index(INDEX.gatewayAuditByKey, { partition: [keyId] }).sort(Sort.DESC).limit(PAGE_SIZE);
  if (cursor) query = query.cursor(cursor);
  const page = await query.getMany();
  return { entries: page.results.map(({ value }) => toAuditView(value)), nextCursor: page.nextCursor };
}

function toAuditView(entry: AuditEntry): AuditEntryView {
  const { at, request, ...rest } = entry;
  return { ...rest, at: new Date(at).toISOString(), ...(request ? { requestKey: request } : {}) };
}
