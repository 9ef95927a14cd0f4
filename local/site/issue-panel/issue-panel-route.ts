import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { LocalRuntime } from '../../runtime/local-runtime';
import type { ActingUser } from '../local-pages';
import { ISSUE_PANEL_PATH, renderIssuePanelPage } from './issue-panel-page';

export interface IssuePanelRouteOptions {
  runtime: LocalRuntime;
  users: ActingUser[];
  /** The server answering Jira REST: the panel's context names the issue by id, as Jira's does. */
  jiraUrl?: string;
  cloudId: string;
  siteUrl: string;
  /** Where `npm run build:local` put the renderer (static/build/local-issue-panel). */
  buildDir: string;
  log: (line: string) => void;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/**
 * The issue panel on the local site: the page, the renderer's files, and the bridge endpoint
 * that answers the UI Kit app's `getContext` and `invoke` as Jira would for the acting user on
 * that issue (the `jira:issuePanel` module context: the issue and its project).
 */
export async function answerIssuePanel(options: IssuePanelRouteOptions, req: http.IncomingMessage, res: http.ServerResponse, url: URL, readBody: () => Promise<string>): Promise<boolean> {
  if (url.pathname !== ISSUE_PANEL_PATH && !url.pathname.startsWith(`${ISSUE_PANEL_PATH}/`)) return false;
  const findUser = (key: unknown) => options.users.find((user) => user.key === key) ?? options.users[0];
  if (req.method === 'GET' && url.pathname === ISSUE_PANEL_PATH) {
    const built = { js: fs.existsSync(path.join(options.buildDir, 'panel.js')), css: fs.existsSync(path.join(options.buildDir, 'style.css')) };
    const page = renderIssuePanelPage(options.users, findUser(url.searchParams.get('user')), (url.searchParams.get('issue') ?? '').trim().toUpperCase(), built);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
    return true;
  }
  if (req.method === 'GET' && url.pathname.startsWith(`${ISSUE_PANEL_PATH}/app/`)) {
    const file = path.resolve(options.buildDir, url.pathname.slice(`${ISSUE_PANEL_PATH}/app/`.length));
    if (!file.startsWith(path.resolve(options.buildDir) + path.sep) || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return true;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(fs.readFileSync(file));
    return true;
  }
  if (req.method === 'POST' && url.pathname === `${ISSUE_PANEL_PATH}/bridge`) {
    const request = JSON.parse(await readBody());
    try {
      const result = await answerBridge(options, findUser(request.user), String(request.issue ?? ''), request.command, request.payload);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ result }));
    } catch (error) {
      // As in Jira: the app learns that the call failed, never the stack.
      options.log(`Issue panel bridge ${request.command} failed: ${error instanceof Error ? error.stack : String(error)}`);
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'There was an error invoking the function.' }));
    }
    return true;
  }
  return false;
}

async function answerBridge(options: IssuePanelRouteOptions, user: ActingUser, issueKey: string, command: string, payload: any) {
  const module = options.runtime.manifest.uiModules.find((candidate) => candidate.type === 'jira:issuePanel');
  if (!module) throw new Error('manifest.yml has no jira:issuePanel module');
  const extension = await issueExtension(options, issueKey);
  if (command === 'getContext') {
    return { accountId: user.accountId, cloudId: options.cloudId, siteUrl: options.siteUrl, moduleKey: module.key, localId: module.key, environmentType: 'DEVELOPMENT', locale: 'en-US', timezone: 'UTC', extension };
  }
  if (command === 'invoke') {
    return options.runtime.invokeResolver({ moduleKey: module.key, functionKey: payload.functionKey, payload: payload.payload, accountId: user.accountId, extension });
  }
  throw new Error(`Unsupported bridge command ${command}`);
}

/** Jira's issue panel context: the issue (by id) and its project, read as the app from the sandbox Jira. */
async function issueExtension(options: IssuePanelRouteOptions, issueKey: string) {
  const base = { type: 'jira:issuePanel', issue: { key: issueKey } as Record<string, string>, isNewToIssue: false };
  if (!options.jiraUrl || !issueKey) return base;
  const response = await fetch(`${options.jiraUrl}/rest/api/3/issue/${encodeURIComponent(issueKey)}?fields=project,issuetype`, {
    headers: { authorization: `Basic ${Buffer.from(`${options.users[0].accountId}:forge-local`).toString('base64')}` },
  });
  if (!response.ok) return base;
  const issue = await response.json();
  return {
    ...base,
    issue: { id: String(issue.id), key: issue.key, type: issue.fields?.issuetype?.name ?? '', typeId: String(issue.fields?.issuetype?.id ?? '') },
    project: { id: String(issue.fields?.project?.id ?? ''), key: issue.fields?.project?.key ?? '', type: issue.fields?.project?.projectTypeKey ?? '' },
  };
}
