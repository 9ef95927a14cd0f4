import { LOCAL_PAGES, type ActingUser, type LocalPage } from './local-pages';
import { POLL_SCRIPT, renderPollButton } from './sandbox-console/poll-button';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The local stand-in for a Jira page: a bar to switch the acting user and the page, and the
 * app's Custom UI in an iframe, as Jira embeds it. Choosing reloads with `?user=&page=`. The bar
 * also leads to the sandbox console (to act as a help-desk agent or a Jira user) and runs the
 * sync poll (`pollKeys`) on demand, since locally nothing runs it unless `npm start`'s timer does.
 */
export function renderHostPage(users: ActingUser[], user: ActingUser, page: LocalPage, siteUrl: string, pollKeys: string[] = []): string {
  const userOptions = users
    .map((u) => `<option value="${escape(u.key)}"${u.key === user.key ? ' selected' : ''}>${escape(u.displayName)} — ${escape(u.role)}</option>`)
    .join('');
  const pageOptions = LOCAL_PAGES.map((p) => `<option value="${p.key}"${p.key === page.key ? ' selected' : ''}>${escape(p.label)}</option>`).join('');
  const frameSrc = `/app/index.html?user=${encodeURIComponent(user.key)}&page=${page.key}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>Deskbridge (local) — ${escape(page.label)}</title>
<style>
  html, body { margin: 0; height: 100%; font: 14px -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; }
  body { display: flex; flex-direction: column; }
  header { display: flex; gap: 16px; align-items: center; padding: 8px 16px; background: #1d2125; color: #fff; flex-wrap: wrap; }
  header strong { margin-right: 8px; }
  header label { display: flex; gap: 6px; align-items: center; }
  header select { font: inherit; padding: 4px; border-radius: 3px; }
  header small { color: #9fadbc; }
  header a { color: #85b8ff; }
  header button { font: inherit; padding: 4px 8px; border-radius: 3px; }
  iframe { flex: 1; border: 0; width: 100%; }
</style>
</head>
<body>
<header data-testid="local-bar">
  <strong>Deskbridge · local site</strong>
  <label>Acting user <select id="local-user" data-testid="local-user">${userOptions}</select></label>
  <label>Page <select id="local-page" data-testid="local-page">${pageOptions}</select></label>
  <a href="/__local/sandboxes" data-testid="local-sandboxes">Sandboxes</a>
  <a href="/__local/issue-panel" data-testid="local-issue-panel">Issue panel</a>
  ${renderPollButton(pollKeys)}
  <small>${escape(siteUrl)} (sandbox)</small>
</header>
<iframe id="forge-app" data-testid="forge-app" title="Deskbridge" src="${frameSrc}"></iframe>
<script>
  for (const id of ['local-user', 'local-page']) {
    document.getElementById(id).addEventListener('change', () => {
      const query = new URLSearchParams({ user: document.getElementById('local-user').value, page: document.getElementById('local-page').value });
      window.location.search = query.toString();
    });
  }
${POLL_SCRIPT}
</script>
</body>
</html>`;
}
