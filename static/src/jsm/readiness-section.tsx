import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ReadinessReport, ServiceDeskOption } from '../../../src/shared/jsm';
import { fetchDeskReadiness, fetchResolveScreenChecks } from '../api/deskbridge-client';
import { AsyncView } from '../components/async-view';
import { ErrorMessage } from '../components/page-messages';
import { useResource } from '../hooks/use-resource';
import { summarise } from './jsm-format';
import { ReadinessChecks } from './readiness-checks';

/**
 * The readiness report of one desk. Two calls: the report itself, and the resolve screen, which
 * Jira shows only on an issue (so it is read on the desk's newest open request, apart). "Check
 * again" repeats both after the admin changed something in Jira; `revision` does so after the
 * bucket map below was saved.
 */

interface ReadinessSectionProps {
  desk: ServiceDeskOption;
  revision: number;
}

export function ReadinessSection({ desk, revision }: ReadinessSectionProps) {
  const report = useResource(() => fetchDeskReadiness(desk.id), [desk.id, revision]);
  const screen = useResource(() => fetchResolveScreenChecks(desk.id), [desk.id, revision]);
  const busy = report.refreshing || screen.refreshing;
  const checkAgain = () => {
    void report.reload();
    void screen.reload();
  };

  return (
    <Stack space="space.150" testId="jsm-readiness">
      <Inline spread="space-between" alignBlock="center">
        <Heading size="small" as="h3">
          Workflow readiness
        </Heading>
        <Button onClick={checkAgain} isDisabled={busy} testId="jsm-readiness-refresh">
          Check again
        </Button>
      </Inline>
      <p>
        Deskbridge follows the help desk by moving requests between the buckets New, In Progress, Waiting for User and
        Resolved, one workflow transition at a time. It only reads your workflows and never changes them; each failed
        check says what to change in Jira.
      </p>
      <AsyncView state={report.state} label={`Checking ${desk.projectName}`}>
        {(data) => <ReportBody report={data} screenChecks={screen.state.status === 'ready' ? screen.state.data : []} />}
      </AsyncView>
      {screen.state.status === 'error' && <ErrorMessage error={screen.state.error} />}
    </Stack>
  );
}

function ReportBody({ report, screenChecks }: { report: ReadinessReport; screenChecks: ReadinessReport['checks'] }) {
  const checks = [...report.checks, ...screenChecks];
  const summary = summarise(checks);
  return (
    <Stack space="space.200">
      <Inline space="space.100" alignBlock="center" testId="jsm-readiness-summary">
        <span data-testid="jsm-readiness-state" data-ready={String(summary.ready)}>
          <Lozenge appearance={summary.ready ? 'success' : 'removed'}>{summary.ready ? 'Ready' : 'Not ready'}</Lozenge>
        </span>
        <Text>{summary.text}</Text>
      </Inline>
      <ul data-testid="jsm-readiness-workflows">
        {report.workflows.map((workflow) => (
          <li key={workflow.name}>
            <Text>
              <strong>{workflow.name}</strong>, used by {workflow.requestTypes.join(', ') || 'no request type'}
            </Text>
          </li>
        ))}
      </ul>
      <ReadinessChecks checks={checks} />
    </Stack>
  );
}
