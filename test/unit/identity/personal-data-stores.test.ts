/**
 * Every place Deskbridge stores an accountId must be reported every cycle and erased when the
 * account closes. This holds the store registry to manifest.yml: an entity that is neither a
 * registered store nor explicitly free of personal data (with a reason) fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { NO_PERSONAL_DATA, PERSONAL_DATA_STORES, PLAIN_KEYS_WITHOUT_PERSONAL_DATA } from '../../../src/identity/personal-data-stores';
import { ENTITY, KEY } from '../../../src/storage/keys';

interface ManifestEntity {
  name: string;
  attributes: Record<string, { type: string }>;
  indexes?: unknown[];
}

const manifest = parse(fs.readFileSync(path.resolve(__dirname, '../../../manifest.yml'), 'utf8'));
const entities: ManifestEntity[] = manifest.app.storage.entities;
/** Attribute names that hold, or are made from, an Atlassian accountId. */
const ACCOUNT_LIKE = /owner|actor|account|connectedBy|user|author|assignee|reporter|creator|member|(By|Key)$/i;
/** Jira's own keys, which the `Key$` rule would take for keyed account hashes. */
const NOT_ACCOUNTS = new Set(['issueKey', 'projectKey']);
const registered = new Set(PERSONAL_DATA_STORES.flatMap((store) => store.entities));

test.each(entities.map((entity) => [entity.name, entity] as const))('entity %s is reported and erased, or holds no accountId for a stated reason', (name, entity) => {
  const accountAttributes = Object.keys(entity.attributes).filter((attribute) => ACCOUNT_LIKE.test(attribute) && !NOT_ACCOUNTS.has(attribute));
  if (registered.has(name)) return;
  expect({ name, reason: NO_PERSONAL_DATA[name] }).toEqual({ name, reason: expect.stringMatching(/.{20}/) });
  expect({ name, accountAttributes }).toEqual({ name, accountAttributes: [] });
});

test('the registry and the manifest name the same entities, and ENTITY names them all', () => {
  const declared = entities.map((entity) => entity.name).sort();
  expect([...registered, ...Object.keys(NO_PERSONAL_DATA)].sort()).toEqual(declared);
  expect(Object.values(ENTITY).sort()).toEqual(declared);
});

test('every store says how to list its accountIds and how to erase them; the directory comes first', () => {
  for (const store of PERSONAL_DATA_STORES) {
    expect(typeof store.list).toBe('function');
    expect(typeof store.erase).toBe('function');
  }
  expect(PERSONAL_DATA_STORES[0].directory).toBe(true);
  expect(PERSONAL_DATA_STORES.filter((store) => store.directory)).toHaveLength(1);
});

test('every plain KVS key is accounted for: none holds personal data, each for a stated reason', () => {
  expect(Object.keys(PLAIN_KEYS_WITHOUT_PERSONAL_DATA).sort()).toEqual(Object.keys(KEY).sort());
  for (const reason of Object.values(PLAIN_KEYS_WITHOUT_PERSONAL_DATA)) expect(reason.length).toBeGreaterThan(20);
});

test('the ACCOUNT_LIKE rule would catch the attributes that do hold accountIds today', () => {
  const holders = entities.flatMap((entity) => Object.keys(entity.attributes).filter((attribute) => ACCOUNT_LIKE.test(attribute)).map((attribute) => `${entity.name}.${attribute}`));
  expect(holders).toEqual(
    expect.arrayContaining(['integration.ownerAccountId', 'connection.connectedBy', 'integration-log.actorKey', 'log-account.accountId', 'identity-link.accountId']),
  );
});
