import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { LocalRuntime } from '../runtime/local-runtime';
import { renderHostPage } from './host-page';
import { LOCAL_PAGES, type ActingUser } from './local-pages';
import { answerSandboxConsole } from './sandbox-console/console-route';
import { syncPollKeys } from './sandbox-console/poll-button';
import type { SandboxTargets } from './sandbox-console/sandbox-targets';
import { answerIssuePanel } from './issue-panel/issue-panel-route';
import { answerWebTrigger } from './web-trigger-route';

export interface LocalSiteOptions {
  runtime: LocalRuntime;
  users: ActingUser[];
  /** The built Custom UI (static/build). */
  staticDir: string;
  cloudId: string;
  siteUrl: string;
  port?: number;
  host?: string;
  log?: (line: string) => void;
  /** The sandboxes the console at /__local/sandboxes acts on (it says so when absent). */
  sandboxes?: SandboxTargets;
}

export interface LocalSite {
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const BRIDGE_SCRIPT = fs.readFileSync(path.join(__dirname, 'public', 'bridge-host.js'), 'utf8');

/**
 * The local site: the host page with the user/page switcher, the Custom UI from static/build
 * (with the host bridge injected before the app, as Jira does), and the bridge endpoint that
 * turns `invoke` into a resolver invocation on the local runtime with a real invocation context.
 */
export async function startLocalSite(options: LocalSiteOptions): Promise<LocalSite> {
  const log = options.log ?? (() => {});
  const findUser = (key: string | null) => options.users.find((user) => user.key === key) ?? options.users[0];
  const findPage = (key: string | null) => LOCAL_PAGES.find((page) => page.key === key) ?? LOCAL_PAGES[0];
  const pollKeys = syncPollKeys(options.runtime.manifest.scheduledTriggers);

  const bridge = async (request: { user: string; page: string; command: string; payload: any }) => {
    const user = findUser(request.user);
    const page = findPage(request.page);
    const module = options.runtime.manifest.uiModules.find((candidate) => candidate.type === page.moduleType);
    if (!module) throw new Error(`manifest.yml has no ${page.moduleType} module`);
    if (request.command === 'getContext') {
      return {
        accountId: user.accountId,
        cloudId: options.cloudId,
        siteUrl: options.siteUrl,
        moduleKey: module.key,
        localId: module.key,
        environmentType: 'DEVELOPMENT',
        locale: 'en-US',
        timezone: 'UTC',
        extension: page.extension,
      };
    }
    if (request.command === 'invoke') {
      return options.runtime.invokeResolver({
        moduleKey: module.key,
        functionKey: request.payload.functionKey,
        payload: request.payload.payload,
        accountId: user.accountId,
        extension: page.extension,
      });
    }
    if (request.command === 'getUrl') return new URL(request.payload?.url ?? '/', options.siteUrl).toString();
    throw new Error(`Unsupported bridge command ${request.command}`);
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    try {
      if (req.method === 'GET' && url.pathname === '/') {
        const html = renderHostPage(options.users, findUser(url.searchParams.get('user')), findPage(url.searchParams.get('page')), options.siteUrl, pollKeys);
        return send(res, 200, CONTENT_TYPES['.html'], html);
      }
      if (req.method === 'POST' && url.pathname === '/__local/bridge') {
        const request = JSON.parse(await readBody(req));
        try {
          return send(res, 200, CONTENT_TYPES['.json'], JSON.stringify({ result: await bridge(request) }));
        } catch (error) {
          // As in Jira: the browser learns that the call failed, never the stack.
          log(`Bridge ${request.command} failed: ${error instanceof Error ? error.stack : String(error)}`);
          return send(res, 500, CONTENT_TYPES['.json'], JSON.stringify({ message: 'There was an error invoking the function.' }));
        }
      }
      const scheduled = /^\/__local\/scheduled\/([\w-]+)$/.exec(url.pathname);
      if (req.method === 'POST' && scheduled) {
        // Scheduled triggers run on their interval on Forge; locally, on demand (and they finish their queue work first).
        await options.runtime.runScheduledTrigger(scheduled[1]);
        return send(res, 200, CONTENT_TYPES['.json'], JSON.stringify({ ran: scheduled[1] }));
      }
      if (await answerIssuePanel(
        { runtime: options.runtime, users: options.users, jiraUrl: options.sandboxes?.jiraUrl, cloudId: options.cloudId, siteUrl: options.siteUrl, buildDir: path.join(options.staticDir, 'local-issue-panel'), log },
        req, res, url, () => readBody(req),
      )) return;
      if (await answerSandboxConsole({ targets: options.sandboxes, pollKeys, log }, req, res, url, () => readBody(req))) return;
      if (url.pathname.startsWith('/x1/') && (await answerWebTrigger(options.runtime, req, res, url, await readBody(req)))) return;
      if (req.method === 'GET' && url.pathname === '/__local/bridge-host.js') return send(res, 200, CONTENT_TYPES['.js'], BRIDGE_SCRIPT);
      if (req.method === 'GET' && url.pathname.startsWith('/app/')) return serveStatic(options.staticDir, url.pathname.slice('/app/'.length), res);
      send(res, 404, 'text/plain', 'Not found');
    } catch (error) {
      log(`Local site error on ${req.method} ${url.pathname}: ${error instanceof Error ? error.stack : String(error)}`);
      send(res, 500, 'text/plain', 'The local site hit an error; see the terminal.');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function serveStatic(staticDir: string, relative: string, res: http.ServerResponse) {
  const file = path.resolve(staticDir, relative || 'index.html');
  if (!file.startsWith(path.resolve(staticDir) + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    return send(res, 404, 'text/plain', relative === 'index.html' ? 'The Custom UI is not built: run `npm run build:ui`.' : 'Not found');
  }
  let content: string | Buffer = fs.readFileSync(file);
  if (path.basename(file) === 'index.html') {
    // The bridge must exist before @forge/bridge loads, as in Jira's iframe.
    content = content.toString('utf8').replace('<head>', '<head><script src="/__local/bridge-host.js"></script>');
  }
  send(res, 200, CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', content);
}

function send(res: http.ServerResponse, status: number, contentType: string, body: string | Buffer) {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
