import type { IntegrationView } from '../../../src/shared/integrations';
import type { SyncConfig } from '../../../src/shared/sync-config';
import { AsyncView, LoadingIndicator } from '../components/async-view';
import type { LoadState } from '../hooks/use-load';
import { CommentsStep } from './comments-step';
import { DirectionStep } from './direction-step';
import { FieldsStep } from './fields-step';
import { LinkingStep } from './linking-step';
import { ReviewStep } from './review-step';
import { StatusesStep } from './statuses-step';
import type { EditorStep } from './sync-stepper';
import type { SyncEditor } from './use-sync-editor';

/** The open step, once what it offers has loaded (each step loads its own options). */

interface SyncStepBodyProps {
  step: EditorStep;
  editor: SyncEditor;
  integration: IntegrationView;
  readOnly: boolean;
}

const readyData = <T,>(state: LoadState<T> | undefined): T | undefined => (state?.status === 'ready' ? state.data : undefined);

export function SyncStepBody({ step, editor, integration, readOnly }: SyncStepBodyProps) {
  const config = editor.draft!;
  const change = (update: (current: SyncConfig) => SyncConfig) => editor.setDraft((current) => current && update(current));
  const common = { config, change, tool: integration.tool, readOnly };
  const pickIssueTypeFirst = <p data-testid="sync-pick-issue-type">Pick the issue type in step 2 (What links) first.</p>;

  switch (step) {
    case 'direction':
      return <DirectionStep {...common} />;
    case 'linking':
      return (
        <AsyncView state={editor.linking} label="Loading issue types">
          {(options) => <LinkingStep {...common} options={options} />}
        </AsyncView>
      );
    case 'fields':
      if (!editor.fields) return config.issueTypeId ? <LoadingIndicator label="Loading Jira fields" /> : pickIssueTypeFirst;
      return (
        <AsyncView state={editor.fields} label="Loading Jira fields">
          {(options) => <FieldsStep {...common} options={options} />}
        </AsyncView>
      );
    case 'statuses':
      if (!editor.statuses) return config.issueTypeId ? <LoadingIndicator label="Loading statuses" /> : pickIssueTypeFirst;
      return (
        <AsyncView state={editor.statuses} label="Loading statuses">
          {(options) => <StatusesStep {...common} options={options} onPropose={() => void editor.repropose()} />}
        </AsyncView>
      );
    case 'comments':
      return <CommentsStep {...common} serviceDesk={readyData(editor.linking)?.project.serviceDesk ?? config.requestTypeId !== undefined} />;
    case 'review':
      return (
        <ReviewStep
          config={config}
          tool={integration.tool}
          readOnly={readOnly}
          projectKey={integration.project.key}
          linking={readyData(editor.linking)}
          fields={readyData(editor.fields)}
          statuses={readyData(editor.statuses)}
          problems={editor.problems}
        />
      );
  }
}
