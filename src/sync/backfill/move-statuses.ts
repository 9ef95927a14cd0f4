import { getTransitions } from '../../jira/get-transitions';
import { JiraRequestError } from '../../jira/jira-error';
import { transitionIssue } from '../../jira/transition-issue';
import { moveIssueToStatus } from '../apply/move-issue-to-status';
import type { SyncContext } from '../sync-context';
import { failureOf } from './backfill-failures';
import type { BackfillItem, UnitSpend } from './backfill-item';
import type { BackfillCheckpoint } from './backfill-run';
import { mapPool } from './pool';
import { isTransient } from './recover-in-flight';

const WRITE_CONCURRENCY = 5;
/** The resolution a move sets when the transition's screen asks for one (as move-issue-to-status does). */
const DEFAULT_RESOLUTION = 'Done';

/**
 * Moves new issues to their tickets' statuses. Every new issue of an integration starts in the
 * same status (its issue type's workflow's first), so the transition that reaches a target from
 * there is looked up once per run and remembered in the checkpoint: each further move is the one
 * write Jira needs. Where a remembered transition is refused, or none was found, the engine's
 * own move (which reads the issue's transitions and explains what blocks it) takes over.
 */
export async function moveStatuses(context: SyncContext, items: BackfillItem[], checkpoint: BackfillCheckpoint, spend: UnitSpend): Promise<void> {
  const moving = items.filter((item) => item.base && item.target);
  // The first issue of each target learns the transition; the rest use it.
  const firsts = new Map<string, BackfillItem>();
  for (const item of moving) if (!(item.target! in checkpoint.transitions) && !firsts.has(item.target!)) firsts.set(item.target!, item);
  for (const item of firsts.values()) await learnAndMove(item, checkpoint, spend).catch((error) => deferOrThrow(item, error, spend));
  const rest = moving.filter((item) => ![...firsts.values()].includes(item));
  await mapPool(rest, WRITE_CONCURRENCY, (item) => move(item, checkpoint, spend).catch((error) => deferOrThrow(item, error, spend)));
  for (const item of moving) if (!item.stuck && !item.unfinished) item.base!.status = { ticketStatusId: item.ticket.status.id, jiraStatusId: item.target };
}

/** An outage or lost answer leaves the move to the next unit (the base still says "status not agreed"). */
function deferOrThrow(item: BackfillItem, error: unknown, spend: UnitSpend): void {
  if (!isTransient(error)) throw error;
  spend.deferred = error;
  item.unfinished = true;
}

async function learnAndMove(item: BackfillItem, checkpoint: BackfillCheckpoint, spend: UnitSpend): Promise<void> {
  const transitions = await getTransitions(item.link!.issueId, { withFields: true });
  spend.jiraCalls += 1;
  spend.jiraPoints += 2;
  const found = transitions.find((candidate) => candidate.to.id === item.target);
  const required = found ? Object.entries(found.fields).filter(([, field]) => field.required) : [];
  checkpoint.transitions[item.target!] =
    found && required.every(([fieldId]) => fieldId === 'resolution')
      ? { id: found.id, fields: required.length ? { resolution: { name: DEFAULT_RESOLUTION } } : {} }
      : null;
  await move(item, checkpoint, spend);
}

async function move(item: BackfillItem, checkpoint: BackfillCheckpoint, spend: UnitSpend): Promise<void> {
  const known = checkpoint.transitions[item.target!];
  try {
    if (known) {
      try {
        await transitionIssue(item.link!.issueId, known.id, Object.keys(known.fields).length ? { fields: known.fields } : {});
        spend.jiraCalls += 1;
        spend.jiraPoints += 1;
        return;
      } catch (error) {
        if (!(error instanceof JiraRequestError) || error.status !== 400) throw error;
        delete checkpoint.transitions[item.target!];
      }
    }
    await moveIssueToStatus(item.link!, item.target!);
    spend.jiraCalls += 2;
    spend.jiraPoints += 3;
  } catch (error) {
    if (isTransient(error)) throw error;
    item.stuck = failureOf(item.link!.integrationId, item.ticket.id, error, item.link!.issueKey);
  }
}
