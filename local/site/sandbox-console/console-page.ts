import { renderFreshdesk, type FreshdeskView } from './freshdesk-section';
import { html, Html } from './html';
import { renderJira, type JiraView } from './jira-section';
import { POLL_SCRIPT, renderPollButton } from './poll-button';
import { renderWebhooks, type WebhooksView } from './webhook-section';

/**
 * The console's one page: the outcome of the last action (from the redirect's query), the
 * Freshdesk agent's view beside the Jira user's view, and the poll button. Server-rendered like
 * the host page, with a few lines of script for conveniences only; every action is a plain
 * form post, so the page works the same in any browser and in the browser tests.
 */

export interface ConsolePageInput {
  freshdesk: FreshdeskView;
  jira: JiraView;
  webhooks: WebhooksView;
  pollKeys: string[];
  notice?: string;
  error?: string;
}

const STYLE = `
  body { margin: 0; font: 14px -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; color: #172b4d; background: #f7f8f9; }
  header { display: flex; gap: 16px; align-items: center; padding: 8px 16px; background: #1d2125; color: #fff; flex-wrap: wrap; }
  header a { color: #85b8ff; }
  header button { font: inherit; }
  main { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 16px; padding: 16px; }
  section { background: #fff; border-radius: 6px; padding: 12px 16px; box-shadow: 0 1px 2px rgba(9,30,66,.2); }
  .banner { margin: 16px 16px 0; padding: 8px 12px; border-radius: 4px; }
  .banner.notice { background: #dcfff1; } .banner.error, .problem { background: #ffeceb; padding: 8px 12px; border-radius: 4px; }
  form { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; margin: 8px 0; }
  form label { display: flex; flex-direction: column; gap: 2px; font-size: 12px; }
  form label.wide, form textarea { flex-basis: 100%; }
  input, select, textarea, button { font: inherit; padding: 4px 6px; }
  article { border-top: 1px solid #dfe1e6; padding: 8px 0; }
  article header { background: none; color: inherit; padding: 0; gap: 8px; }
  .status { background: #e9f2ff; border-radius: 3px; padding: 0 6px; }
  .conversation { list-style: none; padding: 0; margin: 6px 0; }
  .conversation li { border-left: 4px solid #4bce97; padding: 4px 8px; margin: 4px 0; }
  .conversation li.private { border-left-color: #f5cd47; background: #fffbe6; }
  .badge { font-weight: 600; font-size: 12px; text-transform: uppercase; }
  .text { white-space: pre-wrap; }
  .hint, .empty, small { color: #626f86; }
  .link { font-size: 12px; } .link.unlinked { color: #8590a2; }
  #freshdesk-webhooks { grid-column: 1 / -1; }
  .targets { list-style: none; padding: 0; } .targets li { border-left: 4px solid #579dff; padding: 4px 8px; margin: 4px 0; }
  .targets pre { margin: 4px 0 0; font-size: 12px; }
  .url { overflow-wrap: anywhere; font-size: 12px; }
  .deliveries { border-collapse: collapse; width: 100%; font-size: 12px; } .deliveries th, .deliveries td { text-align: left; padding: 2px 6px; border-bottom: 1px solid #dfe1e6; }
  .deliveries .ok { color: #216e4e; } .deliveries .refused { color: #ae2e24; font-weight: 600; } .deliveries .dropped { color: #626f86; }
`;

/** Conveniences: switching the Jira user reloads the view; a sent form cannot be sent twice. */
const SCRIPT = `
  document.getElementById('jira-actor')?.addEventListener('change', function (event) {
    window.location.search = new URLSearchParams({ as: event.target.value }).toString();
  });
  for (const form of document.querySelectorAll('form')) {
    form.addEventListener('submit', function () {
      const button = form.querySelector('button[type=submit]');
      if (button) { button.disabled = true; button.textContent = 'Working…'; }
    });
  }
  document.addEventListener('local-poll-done', function () {
    const actor = document.getElementById('jira-actor');
    const query = new URLSearchParams({ as: actor ? actor.value : '', notice: 'Poll done: the sync poll and its queue work finished.' });
    window.location.assign('/__local/sandboxes?' + query.toString());
  });
`;

export function renderConsolePage(input: ConsolePageInput): string {
  const banner = input.error
    ? html`<p class="banner error" role="alert" data-testid="console-error">${input.error}</p>`
    : input.notice
      ? html`<p class="banner notice" role="status" data-testid="console-notice">${input.notice}</p>`
      : '';
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>Deskbridge (local) — Sandboxes</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<header data-testid="console-bar">
  <strong>Deskbridge · sandboxes</strong>
  <a href="/">← Deskbridge pages</a>
  ${new Html(renderPollButton(input.pollKeys))}
  <small>Act here as a help-desk agent and as a Jira user; with an integration set up, Deskbridge syncs what you do (webhooks, Jira events, the poll).</small>
</header>
${banner}
<main>
${renderFreshdesk(input.freshdesk, input.jira.actor.key)}
${renderJira(input.jira)}
${renderWebhooks(input.webhooks, input.jira.actor.key)}
</main>
<script>${new Html(POLL_SCRIPT)}${new Html(SCRIPT)}</script>
</body>
</html>`.toString();
}
