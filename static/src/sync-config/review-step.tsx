import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { FieldOptions, LinkingOptions, StatusOptions } from '../../../src/sync/config/editor-views';
import { FormErrorMessage } from '../components/form-messages';
import { reviewSections, type ReviewNames } from './review-summary';
import type { StepProblems } from './step-problems';
import type { StepProps } from './step-props';

/**
 * Step 6: everything the integration will do, in plain words, step by step, with the server's
 * problems from the last save under the step they belong to (all at once).
 */

interface ReviewStepProps extends Omit<StepProps, 'change'> {
  projectKey: string;
  linking?: LinkingOptions;
  fields?: FieldOptions;
  statuses?: StatusOptions;
  problems: StepProblems;
}

const byId = <T,>(items: T[] | undefined, id: (item: T) => string, name: (item: T) => string) =>
  Object.fromEntries((items ?? []).map((item) => [id(item), name(item)]));

export function ReviewStep({ config, tool, projectKey, linking, fields, statuses, problems }: ReviewStepProps) {
  const helpdesk = statuses?.helpdesk ?? linking?.helpdesk ?? fields?.helpdesk;
  const names: ReviewNames = {
    projectKey: linking?.project.key ?? projectKey,
    serviceDesk: linking?.project.serviceDesk ?? config.requestTypeId !== undefined,
    issueTypes: byId(linking?.issueTypes, (type) => type.id, (type) => type.name),
    requestTypes: byId(linking?.requestTypes, (type) => type.id, (type) => type.name),
    jiraStatuses: byId(statuses?.jiraStatuses, (status) => status.id, (status) => status.name),
    helpdeskStatuses: byId(helpdesk?.statuses, (status) => status.id, (status) => status.name),
    jiraFields: byId(fields?.jiraFields, (field) => field.id, (field) => field.name),
    helpdeskPriorities: byId(helpdesk?.priorities, (priority) => priority.value, (priority) => priority.label),
  };

  return (
    <Stack space="space.200" testId="sync-step-review">
      <FormErrorMessage error={problems.form} />
      {reviewSections(config, tool, names).map((section) => {
        const sectionProblems = problems.steps[section.step] ?? [];
        return (
          <Stack key={section.step} space="space.075" testId={`sync-review-${section.step}`}>
            <Heading size="xsmall" as="h4">
              {section.title}
            </Heading>
            <ul style={{ margin: 0 }}>
              {section.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {sectionProblems.length > 0 && (
              <div data-testid={`sync-problems-${section.step}`} role="alert">
                <SectionMessage appearance="error" title={`${sectionProblems.length === 1 ? 'One problem' : `${sectionProblems.length} problems`} to fix in ${section.title}`}>
                  <ul style={{ margin: 0 }}>
                    {sectionProblems.map((problem) => (
                      <li key={problem} data-testid="sync-problem">
                        {problem}
                      </li>
                    ))}
                  </ul>
                </SectionMessage>
              </div>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
