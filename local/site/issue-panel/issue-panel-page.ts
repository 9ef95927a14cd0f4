import type { ActingUser } from '../local-pages';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Where the local site shows the issue panel. */
export const ISSUE_PANEL_PATH = '/__local/issue-panel';

/**
 * The local stand-in for a Jira issue view around the `jira:issuePanel` module: a bar to pick the
 * acting user and the issue (by key), and the panel, drawn from the UI Kit app's tree by the
 * renderer bundle (built by `npm run build:local`). The session travels in the page, as the
 * Custom UI pages' does in their iframe URL.
 */
export function renderIssuePanelPage(users: ActingUser[], user: ActingUser, issueKey: string, built: { js: boolean; css: boolean }): string {
  const userOptions = users
    .map((u) => `<option value="${escape(u.key)}"${u.key === user.key ? ' selected' : ''}>${escape(u.displayName)} — ${escape(u.role)}</option>`)
    .join('');
  const session = JSON.stringify({ user: user.key, issue: issueKey }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>Deskbridge (local) — issue panel of ${escape(issueKey || '…')}</title>
<style>
  body { margin: 0; font: 14px -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; }
  header { display: flex; gap: 16px; align-items: center; padding: 8px 16px; background: #1d2125; color: #fff; flex-wrap: wrap; }
  header a { color: #85b8ff; }
  header select, header input, header button { font: inherit; padding: 4px; border-radius: 3px; }
  main { display: flex; gap: 24px; padding: 24px; }
  .issue { flex: 1; color: #626f86; }
  .panel { width: 420px; border: 1px solid #dcdfe4; border-radius: 6px; padding: 16px; }
  .panel h2 { font-size: 14px; margin: 0 0 12px; }
</style>
</head>
<body>
<header data-testid="local-bar">
  <strong>Deskbridge · local site</strong>
  <form method="get" action="${ISSUE_PANEL_PATH}" style="display:flex;gap:12px;align-items:center">
    <label>Acting user <select name="user" data-testid="panel-user">${userOptions}</select></label>
    <label>Issue <input name="issue" value="${escape(issueKey)}" size="10" placeholder="ENG-1" data-testid="panel-issue"></label>
    <button type="submit">Open</button>
  </form>
  <a href="/">Pages</a> <a href="/__local/sandboxes">Sandboxes</a>
</header>
<main>
  <div class="issue">${issueKey ? `Issue <strong>${escape(issueKey)}</strong> (its fields and activity are Jira's: only the app's panel is drawn here).` : 'Enter an issue key to see its Deskbridge panel.'}</div>
  <section class="panel" aria-label="Help-desk tickets">
    <h2>Help-desk tickets</h2>
    <div id="issue-panel-root" data-testid="issue-panel-root">${built.js ? '' : 'The issue panel renderer is not built: run <code>npm run build:local</code>.'}</div>
  </section>
</main>
${built.css ? `<link rel="stylesheet" href="${ISSUE_PANEL_PATH}/app/style.css">` : ''}
${issueKey && built.js ? `<script>window.__DESKBRIDGE_PANEL__ = ${session};</script>\n<script type="module" src="${ISSUE_PANEL_PATH}/app/panel.js"></script>` : ''}
</body>
</html>`;
}
