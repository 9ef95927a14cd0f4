import type http from 'node:http';
import { renderConsolePage } from './console-page';
import { FormFields, type ActionOutcome } from './form-fields';
import { freshdeskAction } from './freshdesk-actions';
import { loadFreshdesk } from './freshdesk-section';
import { jiraAction } from './jira-actions';
import { loadJira } from './jira-section';
import { ConsoleError } from './sandbox-call';
import { findActor, freshdeskAccount, type SandboxTargets } from './sandbox-targets';
import { webhookAction } from './webhook-actions';
import { loadWebhooks } from './webhook-section';

/** Where the console lives on the local site. */
export const CONSOLE_PATH = '/__local/sandboxes';

/** What the banner may show of a redirect's message (it travels in the query string). */
const MAX_BANNER = 600;

export interface SandboxConsoleOptions {
  /** Absent when the site runs without sandboxes: the page then says so. */
  targets?: SandboxTargets;
  /** The scheduledTrigger keys the poll button runs. */
  pollKeys: string[];
  log: (line: string) => void;
}

/**
 * The console's HTTP side. GET renders the page from the sandboxes' current state; each action
 * is a form POST that makes one sandbox call and answers 303 back to the page (post, redirect,
 * get), carrying the outcome in the query, so a reload never repeats an action and the server
 * keeps no session. Failures a person can act on are shown in the page; anything unexpected is
 * logged to the terminal and shown as one sentence, never as a stack.
 */
export async function answerSandboxConsole(options: SandboxConsoleOptions, req: http.IncomingMessage, res: http.ServerResponse, url: URL, readBody: () => Promise<string>): Promise<boolean> {
  if (url.pathname !== CONSOLE_PATH && !url.pathname.startsWith(`${CONSOLE_PATH}/`)) return false;
  if (req.method === 'GET' && url.pathname === CONSOLE_PATH) {
    const actor = findActor(url.searchParams.get('as'));
    const targets = options.targets;
    const notRunning = { ok: false as const, actor, message: 'This local site runs without the sandboxes.' };
    const [freshdesk, jira, webhooks] = targets
      ? await Promise.all([loadFreshdesk(freshdeskAccount(targets)), loadJira(targets.jiraUrl, actor), loadWebhooks(targets)])
      : [notRunning, notRunning, notRunning];
    const page = renderConsolePage({
      freshdesk,
      jira,
      webhooks,
      pollKeys: options.pollKeys,
      notice: url.searchParams.get('notice')?.slice(0, MAX_BANNER),
      error: url.searchParams.get('error')?.slice(0, MAX_BANNER),
    });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
    return true;
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { allow: url.pathname === CONSOLE_PATH ? 'GET' : 'POST', 'content-type': 'text/plain' }).end('Method not allowed');
    return true;
  }
  // Loopback is reachable from any web page the person has open: refuse posts from other origins.
  if (!fromThisSite(req)) {
    res.writeHead(403, { 'content-type': 'text/plain' }).end('Console actions are accepted from the console page only');
    return true;
  }
  const action = url.pathname.slice(CONSOLE_PATH.length);
  let actor = findActor(null).key;
  let outcome: ActionOutcome | undefined;
  let failure: string | undefined;
  try {
    const form = FormFields.parse(await readBody());
    actor = findActor(form.optional('as', 100)).key;
    if (!options.targets) throw new ConsoleError('This local site runs without the sandboxes.');
    outcome =
      (await webhookAction(action, form, options.targets)) ?? (await freshdeskAction(action, form, options.targets)) ?? (await jiraAction(action, form, options.targets));
    if (!outcome) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('No such console action');
      return true;
    }
  } catch (error) {
    if (error instanceof ConsoleError) failure = error.message;
    else {
      options.log(`Sandbox console ${action} failed: ${error instanceof Error ? error.stack : String(error)}`);
      failure = 'That did not work because of an error in the local site; the terminal has the details.';
    }
  }
  const query = new URLSearchParams({ as: actor, ...(failure ? { error: failure } : { notice: outcome!.notice }) });
  const anchor = !failure && outcome?.anchor ? `#${encodeURIComponent(outcome.anchor)}` : '';
  res.writeHead(303, { location: `${CONSOLE_PATH}?${query}${anchor}`, 'cache-control': 'no-store' }).end();
  return true;
}

/** A post without Origin (curl, old browsers) is allowed; one from another site is not. */
function fromThisSite(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
