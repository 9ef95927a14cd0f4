import path from 'node:path';
import { createLocalRuntime, type LocalRuntime, type LocalRuntimeOptions } from './runtime/local-runtime';
import { SEED_SITE, SEED_USERS, startJiraSandbox, type ContractRecorder, type JiraSandbox } from './sandbox/jira';
import type { ActingUser } from './site/local-pages';
import { startLocalSite } from './site/site-server';

export interface LocalDeskbridgeOptions {
  repoRoot: string;
  port?: number;
  /** Another server speaking Jira's REST API (e.g. a mock from Atlassian's OpenAPI description); the sandbox otherwise. */
  jiraUrl?: string;
  /** Where KVS and sandbox state persist; in memory only when absent (tests). */
  dataDir?: string;
  /** Checks every request to and answer from the sandbox against the vendor API descriptions (contract tests). */
  jiraContract?: ContractRecorder;
  /** Sees every Jira/JSM request Deskbridge makes (see LocalRuntimeOptions). */
  onProductRequest?: LocalRuntimeOptions['onProductRequest'];
  log?: (line: string) => void;
}

export interface LocalDeskbridge {
  siteUrl: string;
  jiraUrl: string;
  usesSandbox: boolean;
  dataDir?: string;
  runtime: LocalRuntime;
  sandbox?: JiraSandbox;
  close(): Promise<void>;
}

/** The users the local site's switcher offers: one per role of DESIGN.md §2. */
export const ACTING_USERS: ActingUser[] = [
  { key: 'admin', ...pick(SEED_USERS.admin), role: 'Jira admin' },
  { key: 'project-admin', ...pick(SEED_USERS.projectAdmin), role: 'project admin of SUP' },
  { key: 'freshdesk-agent', ...pick(SEED_USERS.freshdeskAgent), role: 'member of deskbridge-jira-freshdesk' },
  { key: 'outsider', ...pick(SEED_USERS.outsider), role: 'no Deskbridge access' },
];

function pick(user: { accountId: string; displayName: string }) {
  return { accountId: user.accountId, displayName: user.displayName };
}

/** Sandbox Jira + local Forge runtime + local site, started together and stopped together. */
export async function startLocalDeskbridge(options: LocalDeskbridgeOptions): Promise<LocalDeskbridge> {
  const log = options.log ?? (() => {});
  const sandbox = options.jiraUrl
    ? undefined
    : await startJiraSandbox({
        statePath: options.dataDir ? path.join(options.dataDir, 'jira-sandbox.json') : undefined,
        contract: options.jiraContract,
      });
  const jiraUrl = options.jiraUrl ?? sandbox!.url;
  const runtime = createLocalRuntime({
    repoRoot: options.repoRoot,
    dataDir: options.dataDir,
    jiraUrl,
    appAccountId: SEED_USERS.app.accountId,
    cloudId: SEED_SITE.cloudId,
    siteUrl: SEED_SITE.url,
    log,
    onProductRequest: options.onProductRequest,
  });
  let site;
  try {
    site = await startLocalSite({
      runtime,
      users: ACTING_USERS,
      staticDir: path.join(options.repoRoot, 'static', 'build'),
      cloudId: SEED_SITE.cloudId,
      siteUrl: SEED_SITE.url,
      port: options.port,
      log,
    });
  } catch (error) {
    await runtime.close();
    await sandbox?.close();
    throw error;
  }
  return {
    siteUrl: site.url,
    jiraUrl,
    usesSandbox: !!sandbox,
    dataDir: options.dataDir,
    runtime,
    sandbox,
    close: async () => {
      await site.close();
      await runtime.queue.drain();
      await runtime.close();
      await sandbox?.close();
    },
  };
}
