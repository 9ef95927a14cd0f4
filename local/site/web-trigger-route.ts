import type http from 'node:http';
import type { LocalRuntime } from '../runtime/local-runtime';

/** `/x1/<webtrigger-module-key>/<path>`: the local form of a Forge web trigger URL. */
const WEB_TRIGGER_PATH = /^\/x1\/([\w-]+)(\/.*)?$/;

/**
 * Answers a request to a web trigger URL the way Forge does: the raw body, the headers and the
 * query go to the trigger's function as a WebTriggerRequest; its { statusCode, headers, body }
 * becomes the HTTP answer. Returns false for any other path.
 */
export async function answerWebTrigger(runtime: LocalRuntime, req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: string): Promise<boolean> {
  const match = WEB_TRIGGER_PATH.exec(url.pathname);
  if (!match || !runtime.manifest.webTriggers.has(match[1])) return false;
  const query: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) query[name] = [...(query[name] ?? []), value];
  const headers: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value : [value];
  }
  const answer = await runtime.invokeWebTrigger(match[1], { method: req.method ?? 'GET', path: match[2] ?? '/', query, headers, body });
  const responseHeaders: Record<string, string> = {};
  for (const [name, values] of Object.entries(answer.headers)) responseHeaders[name] = values.join(', ');
  res.writeHead(answer.statusCode, responseHeaders).end(answer.body);
  return true;
}
