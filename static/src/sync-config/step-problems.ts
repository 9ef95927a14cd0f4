import type { AppError } from '../../../src/shared/result';
import { SYNC_STEPS, type SyncStep } from '../../../src/sync/config/editor-views';

/**
 * Files the server's refusal of a save under the editor's steps. `sync-config/save` answers kind
 * `invalid` with "step: message" parts joined by "; " (one per problem, every problem at once);
 * each message already starts with the step's name, so it is shown verbatim. Anything else (other
 * kinds, parts naming no step) is for the editor as a whole.
 */

export interface StepProblems {
  steps: Partial<Record<SyncStep, string[]>>;
  /** What no step owns. */
  form?: AppError;
}

const PART = /^([a-z]+): (.+)$/s;

export function splitStepProblems(error: AppError): StepProblems {
  if (error.kind !== 'invalid') return { steps: {}, form: error };
  const steps: Partial<Record<SyncStep, string[]>> = {};
  const rest: string[] = [];
  for (const part of error.message.split('; ').map((text) => text.trim()).filter(Boolean)) {
    const match = PART.exec(part);
    const step = match && SYNC_STEPS.find((candidate) => candidate === match[1]);
    if (match && step) (steps[step] ??= []).push(match[2]);
    else rest.push(part);
  }
  return rest.length > 0 ? { steps, form: { kind: 'invalid', message: rest.join('; ') } } : { steps };
}

export const problemCount = (problems: StepProblems, step: SyncStep): number => problems.steps[step]?.length ?? 0;

export const totalProblems = (problems: StepProblems): number =>
  SYNC_STEPS.reduce((sum, step) => sum + problemCount(problems, step), 0) + (problems.form ? 1 : 0);
