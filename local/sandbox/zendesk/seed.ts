import path from 'node:path';
import { loadSeedFile } from './seed-file';
import type { ZendeskSandboxState } from './state';

/**
 * The default seed is a seed file itself: the recorded Zendesk objects in
 * test/fixtures/zendesk/sandbox-seed.json (one account, its users, 7 tickets, their comments),
 * read through the same checks as any seed file a person passes.
 */
export const DEFAULT_SEED_FILE = path.resolve(__dirname, '../../../test/fixtures/zendesk/sandbox-seed.json');

export function seedState(seedFile: string = DEFAULT_SEED_FILE): ZendeskSandboxState {
  const account = loadSeedFile(seedFile);
  return { format: 'deskbridge-zendesk-sandbox', version: 1, accounts: { [account.host]: account } };
}
