import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { IntegrationView } from '../../../src/shared/integrations';
import { AsyncView, LoadingIndicator } from '../components/async-view';
import { SuccessMessage } from '../components/form-messages';
import { SyncStepBody } from './sync-step-body';
import { EDITOR_STEPS, STEP_TITLES, SyncStepper, type EditorStep } from './sync-stepper';
import { SyncStatusLine } from './sync-status-line';
import { useSyncEditor } from './use-sync-editor';

/**
 * The integration editor: what an integration syncs, as a six-step wizard (direction, what links,
 * fields, statuses, comments, review). Saving sends the whole config; the server validates it
 * against Jira and the help desk and answers every problem at once, shown under its step. Those
 * who may only see the integration get the same steps, read-only, without the buttons.
 */
export function SyncConfigEditor({ integration }: { integration: IntegrationView }) {
  const [step, setStep] = useState<EditorStep>('direction');
  const editor = useSyncEditor(integration.id, step);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const index = EDITOR_STEPS.indexOf(step);

  const save = async (enable: boolean) => {
    setSavedNote(null);
    const state = await editor.save.run(enable);
    if (state) setSavedNote(state.config.enabled ? 'Saved. The sync is on.' : 'Saved. The sync stays off until you enable it.');
  };

  return (
    <AsyncView state={editor.server.state} label="Loading the sync settings">
      {() => {
        const { current, draft } = editor;
        if (!current || !draft) return <LoadingIndicator label="Loading the sync settings" />;
        const readOnly = !current.canEdit;
        const stepProblems = step === 'review' ? [] : (editor.problems.steps[step] ?? []);
        return (
          <Stack space="space.200" testId="sync-editor">
            <SyncStatusLine state={current} toggle={editor.toggle} />
            {readOnly && (
              <SectionMessage appearance="information">
                <p>You can see these settings but not change them: only the integration's owner, admins of its project and Jira admins can.</p>
              </SectionMessage>
            )}
            <SyncStepper current={step} problems={editor.problems} onPick={setStep} />
            {stepProblems.length > 0 && (
              <div data-testid={`sync-step-problems-${step}`} role="alert">
                <SectionMessage appearance="error" title={`Fix before saving: ${STEP_TITLES[step]}`}>
                  <ul style={{ margin: 0 }}>
                    {stepProblems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                </SectionMessage>
              </div>
            )}
            <SyncStepBody step={step} editor={editor} integration={integration} readOnly={readOnly} />
            {step === 'review' && savedNote && <SuccessMessage testId="sync-saved">{savedNote}</SuccessMessage>}
            <Inline space="space.100">
              <Button onClick={() => setStep(EDITOR_STEPS[index - 1])} isDisabled={index === 0} testId="sync-back">
                Back
              </Button>
              {step !== 'review' && (
                <Button appearance="primary" onClick={() => setStep(EDITOR_STEPS[index + 1])} testId="sync-next">
                  {`Next: ${STEP_TITLES[EDITOR_STEPS[index + 1]]}`}
                </Button>
              )}
              {step === 'review' && !readOnly && (
                <>
                  <Button appearance="primary" onClick={() => void save(false)} isLoading={editor.save.pending} testId="sync-save">
                    Save
                  </Button>
                  <Button appearance="primary" onClick={() => void save(true)} isDisabled={editor.save.pending} testId="sync-save-enable">
                    {current.config.enabled ? 'Save (sync stays on)' : 'Save and enable'}
                  </Button>
                </>
              )}
            </Inline>
          </Stack>
        );
      }}
    </AsyncView>
  );
}
