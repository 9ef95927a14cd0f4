/**
 * `npm start`: Deskbridge on this machine. Starts the sandbox Jira (unless --jira-url points
 * elsewhere), the local Forge runtime over src/, and the local site. Ctrl-C stops everything
 * and keeps what was saved under .deskbridge/.
 */
// Must come first: the egress hook has to be installed before @forge/api loads (see the module).
import './runtime/egress';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalDeskbridge } from './local-deskbridge';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'jira-url': { type: 'string' },
    'data-dir': { type: 'string' },
    'seed-freshdesk': { type: 'string' },
    'seed-zendesk': { type: 'string' },
    'seed-intercom': { type: 'string' },
    'seed-servicenow': { type: 'string' },
    help: { type: 'boolean' },
  },
});

if (values.help) {
  console.log(`Usage: npm start -- [--port 8080] [--jira-url http://127.0.0.1:4010] [--data-dir .deskbridge]
  --port       port of the local site (or PORT; default 8080)
  --jira-url   send Jira/JSM REST calls to this server instead of the built-in sandbox (or DESKBRIDGE_JIRA_URL)
  --data-dir   where KVS and sandbox state persist (or DESKBRIDGE_DATA_DIR; default .deskbridge)
  --seed-<tool> FILE  seed the freshdesk|zendesk|intercom|servicenow sandbox from a JSON file of objects
               in the vendor's own API shape (see local/sandbox/<tool>/README.md); used when that
               sandbox has no saved state yet (delete .deskbridge/<tool>-sandbox.json to re-seed)`);
  process.exit(0);
}

const repoRoot = path.resolve(__dirname, '..');

async function main() {
  const deskbridge = await startLocalDeskbridge({
    repoRoot,
    port: Number(values.port ?? process.env.PORT ?? 8080),
    jiraUrl: values['jira-url'] ?? process.env.DESKBRIDGE_JIRA_URL,
    dataDir: path.resolve(repoRoot, values['data-dir'] ?? process.env.DESKBRIDGE_DATA_DIR ?? '.deskbridge'),
    seedFiles: {
      freshdesk: values['seed-freshdesk'],
      zendesk: values['seed-zendesk'],
      intercom: values['seed-intercom'],
      servicenow: values['seed-servicenow'],
    },
    log: (line) => console.log(line),
  });
  console.log(`Deskbridge is running at ${deskbridge.siteUrl.replace("127.0.0.1", "localhost")}`);
  console.log(`  Jira REST calls go to ${deskbridge.jiraUrl}${deskbridge.usesSandbox ? ' (sandbox Jira)' : ''}`);
  for (const [tool, helpDesk] of Object.entries(deskbridge.helpDesks)) console.log(`  ${tool} sandbox at ${helpDesk.url}`);
  console.log(`  act as a help-desk agent or a Jira user at ${deskbridge.siteUrl.replace("127.0.0.1", "localhost")}/__local/sandboxes`);
  // On Forge scheduled triggers run by themselves; here only under npm start, so tests stay in control.
  const stopSchedules = deskbridge.runtime.startSchedules();
  const schedules = [...deskbridge.runtime.manifest.scheduledTriggers].map(([key, trigger]) => `${key} (${trigger.interval})`);
  console.log(`  scheduled triggers run on their intervals: ${schedules.join(', ') || 'none'}`);
  console.log(`  state is kept in ${deskbridge.dataDir}; press Ctrl-C to stop`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping Deskbridge…`);
    stopSchedules();
    await deskbridge.close();
    console.log('Stopped. Saved state is kept for the next start.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: NodeJS.ErrnoException) => {
  if (error.name === 'SeedFileError') console.error(`Cannot seed from that file: ${error.message}`);
  else if (error.code === 'EADDRINUSE') console.error(`Port ${error.message.match(/:(\d+)$/)?.[1] ?? ''} is in use: set PORT or --port to another one.`);
  else console.error(error);
  process.exit(1);
});
