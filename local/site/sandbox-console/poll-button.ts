import { escapeHtml } from './html';

/**
 * "Run sync poll now", for the host page bar and the console. On Forge the sync poll runs every
 * five minutes; a person who just changed a ticket wants to see the safety net work now. The
 * button POSTs `/__local/scheduled/<key>` for each sync-poll trigger in turn; the site answers
 * when the trigger and its queue work are done, so "Poll done" means the changes are applied.
 */

/** The scheduledTrigger keys the button runs: every one whose key starts with `sync-poll`. */
export function syncPollKeys(scheduledTriggers: ReadonlyMap<string, unknown>): string[] {
  return [...scheduledTriggers.keys()].filter((key) => key.startsWith('sync-poll'));
}

export function renderPollButton(keys: string[]): string {
  const disabled = keys.length === 0 ? ' disabled title="manifest.yml has no scheduledTrigger whose key starts with sync-poll"' : '';
  return (
    `<button type="button" id="local-poll" data-testid="local-poll" data-keys="${escapeHtml(JSON.stringify(keys))}"${disabled}>Run sync poll now</button>` +
    `<span id="local-poll-status" data-testid="local-poll-status" role="status"></span>`
  );
}

/** Plain script (no modules, no build): fires `local-poll-done` on the button when every run succeeded. */
export const POLL_SCRIPT = `
(function () {
  var button = document.getElementById('local-poll');
  var status = document.getElementById('local-poll-status');
  if (!button || !status) return;
  button.addEventListener('click', async function () {
    var keys = JSON.parse(button.getAttribute('data-keys') || '[]');
    button.disabled = true;
    status.textContent = 'Polling…';
    try {
      for (var i = 0; i < keys.length; i++) {
        var response = await fetch('/__local/scheduled/' + encodeURIComponent(keys[i]), { method: 'POST' });
        if (!response.ok) throw new Error('HTTP ' + response.status);
      }
      status.textContent = 'Poll done';
      button.dispatchEvent(new CustomEvent('local-poll-done', { bubbles: true }));
    } catch (error) {
      status.textContent = 'Poll failed: see the terminal';
    } finally {
      button.disabled = false;
    }
  });
})();
`;
