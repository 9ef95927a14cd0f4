import { SectionMessage, Spinner, Stack, Text, useProductContext } from '@forge/react';
import { useEffect, useState } from 'react';
import type { IssuePanelView } from '../panel-view';
import { messageOf, panelClient } from './panel-client';
import { PanelBody } from './panel-body';
import { ui as h } from './ui';

type PanelState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; view: IssuePanelView; message?: string };

/** The issue the panel is on, from the module context Jira gives it (`extension.issue.id`). */
function issueOf(context: unknown): string | undefined {
  const issue = (context as { extension?: { issue?: { id?: unknown; key?: unknown } } } | undefined)?.extension?.issue;
  return issue?.id !== undefined ? String(issue.id) : typeof issue?.key === 'string' ? issue.key : undefined;
}

/**
 * The `jira:issuePanel` app (UI Kit): reads which issue it is on, loads everything with one
 * resolver call (`issue-panel/load`), and loads again after each change it makes.
 */
export function IssuePanelApp() {
  const context = useProductContext();
  const issue = issueOf(context);
  const [state, setState] = useState<PanelState>({ status: 'loading' });
  const [round, setRound] = useState<{ count: number; message?: string }>({ count: 0 });
  useEffect(() => {
    if (!issue) return;
    let current = true;
    panelClient.load(issue).then(
      (view) => current && setState({ status: 'ready', view, ...(round.message ? { message: round.message } : {}) }),
      (error: unknown) => current && setState({ status: 'error', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [issue, round]);
  const reload = (message?: string) => setRound((previous) => ({ count: previous.count + 1, ...(message ? { message } : {}) }));
  if (state.status === 'ready') return h(PanelBody, { view: state.view, reload, ...(state.message ? { message: state.message } : {}) });
  if (state.status === 'error') {
    return h(SectionMessage, { appearance: 'error', title: "Deskbridge can't show this issue's tickets", testId: 'panel-error' }, h(Text, null, state.message));
  }
  return h(Stack, { alignInline: 'center', testId: 'panel-loading' }, h(Spinner, { label: 'Loading linked tickets' }));
}
