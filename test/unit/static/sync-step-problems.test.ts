import { problemCount, splitStepProblems, totalProblems } from '../../../static/src/sync-config/step-problems';

describe('splitStepProblems', () => {
  it("files each part of a refused save under its step, verbatim and in order", () => {
    const problems = splitStepProblems({
      kind: 'invalid',
      message:
        "linking: What links: request type '99' is not one of SUP's.; fields: Field mapping: Jira field 'Plan' has no option 'Gold' for the help-desk value 'gold'.; fields: Field mapping: Jira field 'Seats' is not on the create screen.",
    });
    expect(problems).toEqual({
      steps: {
        linking: ["What links: request type '99' is not one of SUP's."],
        fields: ["Field mapping: Jira field 'Plan' has no option 'Gold' for the help-desk value 'gold'.", "Field mapping: Jira field 'Seats' is not on the create screen."],
      },
    });
    expect(problemCount(problems, 'fields')).toBe(2);
    expect(problemCount(problems, 'statuses')).toBe(0);
    expect(totalProblems(problems)).toBe(3);
  });

  it('keeps parts naming no step (the payload check of the resolver) for the editor as a whole', () => {
    expect(splitStepProblems({ kind: 'invalid', message: 'integrationId: Unknown integration.' })).toEqual({
      steps: {},
      form: { kind: 'invalid', message: 'integrationId: Unknown integration.' },
    });
  });

  it.each(['forbidden', 'not-found', 'unavailable'] as const)('leaves a %s error to the editor as a whole', (kind) => {
    const error = { kind, message: 'fields: looks like a step but is not a refusal' };
    expect(splitStepProblems(error)).toEqual({ steps: {}, form: error });
  });
});
