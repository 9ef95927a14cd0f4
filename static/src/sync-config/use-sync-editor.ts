import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncConfig } from '../../../src/shared/sync-config';
import type { SyncConfigState } from '../../../src/sync/config/editor-views';
import { getSyncConfig, getSyncOptions, notifySuccess, proposeStatuses, saveSyncConfig, setSyncEnabled } from '../api/deskbridge-client';
import { useAction } from '../hooks/use-action';
import { useLoad } from '../hooks/use-load';
import { useResource } from '../hooks/use-resource';
import { prefillLinking, prefillStatuses } from './config-draft';
import { splitStepProblems, type StepProblems } from './step-problems';
import { useStepOptions } from './use-step-options';

/**
 * The editor's state: the config as the server has it, the draft being edited, what each step
 * offers, and the save / enable / disable changes with the server's problems filed by step.
 * A never-saved draft is completed from Jira's answers (issue or request type, proposed statuses).
 */
export function useSyncEditor(integrationId: string, step: string) {
  const server = useResource(() => getSyncConfig(integrationId), [integrationId]);
  const [draft, setDraft] = useState<SyncConfig | null>(null);
  const [current, setCurrent] = useState<SyncConfigState | null>(null);
  const linking = useLoad(() => getSyncOptions(integrationId, 'linking'), [integrationId]);
  const issueTypeId = draft?.issueTypeId ?? '';
  const fields = useStepOptions(integrationId, 'fields', issueTypeId, step === 'fields' || step === 'review');
  const statuses = useStepOptions(integrationId, 'statuses', issueTypeId, step === 'statuses' || step === 'review');

  useEffect(() => {
    if (server.state.status === 'ready' && current === null) {
      setCurrent(server.state.data);
      setDraft(server.state.data.config);
    }
  }, [server.state, current]);

  const saved = current?.saved ?? true;
  useEffect(() => {
    if (!saved && linking.status === 'ready') setDraft((config) => config && prefillLinking(config, linking.data));
  }, [saved, linking]);

  const proposedFor = useRef<string | null>(null);
  useEffect(() => {
    if (saved || statuses?.status !== 'ready' || proposedFor.current === issueTypeId || !current?.canEdit) return;
    proposedFor.current = issueTypeId;
    proposeStatuses(integrationId, issueTypeId).then(
      (proposal) => setDraft((config) => config && prefillStatuses(config, proposal)),
      () => undefined, // no proposal: the person maps statuses by hand
    );
  }, [saved, statuses?.status, issueTypeId, integrationId, current?.canEdit]);

  const repropose = useCallback(async () => {
    if (!draft?.issueTypeId) return;
    const proposal = await proposeStatuses(integrationId, draft.issueTypeId);
    setDraft((config) => config && { ...config, statuses: { ...config.statuses, toJira: proposal.toJira, toHelpdesk: proposal.toHelpdesk } });
  }, [draft?.issueTypeId, integrationId]);

  const save = useAction(async (enable: boolean) => {
    let state = await saveSyncConfig(integrationId, draft!);
    if (enable && !state.config.enabled) state = await setSyncEnabled(integrationId, true);
    setCurrent(state);
    setDraft(state.config);
    notifySuccess(enable ? 'Sync settings saved and the sync is on' : 'Sync settings saved');
    return state;
  });
  const toggle = useAction(async (enabled: boolean) => {
    const state = await setSyncEnabled(integrationId, enabled);
    setCurrent(state);
    setDraft((config) => config && { ...config, enabled: state.config.enabled });
    notifySuccess(enabled ? 'The sync is on' : 'The sync is off');
    return state;
  });
  const problems: StepProblems = save.error ? splitStepProblems(save.error) : { steps: {} };

  return { server, current, draft, setDraft, linking, fields, statuses, repropose, save, toggle, problems };
}

export type SyncEditor = ReturnType<typeof useSyncEditor>;
