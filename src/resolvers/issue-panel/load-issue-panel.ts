import { z } from 'zod';
import { loadIssuePanel } from '../../issue-panel/load-panel';
import type { IssuePanelView } from '../../issue-panel/panel-view';
import { defineResolver } from '../define-resolver';
import { issueField } from './panel-payloads';

/**
 * Everything the issue panel shows, in one call. Any logged-in user may ask; the service answers
 * only to someone who may browse the issue's project in Jira (checked as the app for the caller)
 * and marks, per ticket, whether the caller may act on it.
 */
export const loadIssuePanelResolver = defineResolver({
  key: 'issue-panel/load',
  payload: z.object({ issue: issueField }).strict(),
  access: { action: 'app.read' },
  handle: ({ issue }, { caller }): Promise<IssuePanelView> => loadIssuePanel(caller, issue),
});
