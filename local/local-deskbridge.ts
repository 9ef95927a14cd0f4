import path from 'node:path';
import { createLocalRuntime, type LocalRuntime, type LocalRuntimeOptions } from './runtime/local-runtime';
import type { ProductEvent } from './runtime/triggers';
import { SEED_SITE, SEED_USERS, startJiraSandbox, type ContractRecorder, type JiraSandbox } from './sandbox/jira';
import type { ActingUser } from './site/local-pages';
import { startLocalSite } from './site/site-server';
import { HELP_DESK_SANDBOXES } from './sandbox/help-desks';
import { fromManifest } from './sandbox/jira/jql/indexed-properties';
import type { VendorSandbox } from './sandbox/vendor/vendor-sandbox';
import type { ConnectorTool } from '../src/connectors/connector';
import { CONNECTOR_TOOLS, CONNECTORS } from '../src/connectors/registry';

export interface LocalDeskbridgeOptions {
  repoRoot: string;
  port?: number;
  /** Another server speaking Jira's REST API (e.g. a mock from Atlassian's OpenAPI description); the sandbox otherwise. */
  jiraUrl?: string;
  /** Where KVS and sandbox state persist; in memory only when absent (tests). */
  dataDir?: string;
  /** Checks every request to and answer from the sandbox against the vendor API descriptions (contract tests). */
  jiraContract?: ContractRecorder;
  /** JSON files of vendor-shaped objects to seed a help-desk sandbox from (per tool). */
  seedFiles?: Partial<Record<ConnectorTool, string>>;
  /** Sees every Jira/JSM request Deskbridge makes (see LocalRuntimeOptions). */
  onProductRequest?: LocalRuntimeOptions['onProductRequest'];
  queueDelayScale?: number;
  /** Sees each Jira product event before the app's triggers do; tests hold, repeat, reorder or drop them. Delivered at once when absent. */
  interceptProductEvents?: (event: ProductEvent, deliver: (event: ProductEvent) => void) => void;
  log?: (line: string) => void;
}

export interface LocalDeskbridge {
  siteUrl: string;
  jiraUrl: string;
  usesSandbox: boolean;
  dataDir?: string;
  runtime: LocalRuntime;
  sandbox?: JiraSandbox;
  /** The help-desk sandboxes, by tool (their hosts are routed here by the egress rules). */
  helpDesks: Record<ConnectorTool, VendorSandbox<any>>;
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

async function startHelpDesks(options: LocalDeskbridgeOptions): Promise<Record<ConnectorTool, VendorSandbox<any>>> {
  const started = await Promise.all(
    CONNECTOR_TOOLS.map(async (tool) => {
      const helpDesk = await HELP_DESK_SANDBOXES[tool]({
        statePath: options.dataDir ? path.join(options.dataDir, `${tool}-sandbox.json`) : undefined,
        seedFile: options.seedFiles?.[tool],
      });
      return [tool, helpDesk] as const;
    }),
  );
  return Object.fromEntries(started) as Record<ConnectorTool, VendorSandbox<any>>;
}

/** Sandbox Jira + help-desk sandboxes + local Forge runtime + local site, started together and stopped together. */
export async function startLocalDeskbridge(options: LocalDeskbridgeOptions): Promise<LocalDeskbridge> {
  const log = options.log ?? (() => {});
  const sandbox = options.jiraUrl
    ? undefined
    : await startJiraSandbox({
        statePath: options.dataDir ? path.join(options.dataDir, 'jira-sandbox.json') : undefined,
        contract: options.jiraContract,
      });
  const jiraUrl = options.jiraUrl ?? sandbox!.url;
  const helpDesks = await startHelpDesks(options);
  const runtime = createLocalRuntime({
    repoRoot: options.repoRoot,
    dataDir: options.dataDir,
    jiraUrl,
    appAccountId: SEED_USERS.app.accountId,
    cloudId: SEED_SITE.cloudId,
    siteUrl: SEED_SITE.url,
    log,
    onProductRequest: options.onProductRequest,
    queueDelayScale: options.queueDelayScale,
    egressRoutes: Object.values(CONNECTORS).flatMap(({ spec }) => spec.egress.map((pattern) => ({ pattern, url: helpDesks[spec.tool].url }))),
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
      sandboxes: { jiraUrl, helpDesks },
    });
  } catch (error) {
    await runtime.close();
    await sandbox?.close();
    await Promise.all(Object.values(helpDesks).map((helpDesk) => helpDesk.close()));
    throw error;
  }
  runtime.setWebTriggerBase(site.url);
  // As on a Jira site with the app installed: the app's indexed issue properties are searchable
  // with JQL, and issue events reach the app's triggers.
  sandbox?.setIndexedProperties(fromManifest(runtime.manifest.entityProperties));
  const deliver = (event: ProductEvent) => void runtime.deliverProductEvent(event);
  const unsubscribe = sandbox?.onProductEvent((event) => (options.interceptProductEvents ? options.interceptProductEvents(event, deliver) : deliver(event)));
  return {
    siteUrl: site.url,
    jiraUrl,
    usesSandbox: !!sandbox,
    dataDir: options.dataDir,
    runtime,
    sandbox,
    helpDesks,
    close: async () => {
      unsubscribe?.();
      await site.close();
      await runtime.queue.drain();
      await runtime.close();
      await sandbox?.close();
      await Promise.all(Object.values(helpDesks).map((helpDesk) => helpDesk.close()));
    },
  };
}
