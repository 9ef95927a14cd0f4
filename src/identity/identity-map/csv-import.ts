import type { ConnectorTool } from '../../connectors/connector';
import { getUsersBulk } from '../../jira/get-users-bulk';
import type { CsvImportResult } from '../../shared/identity';
import { parseCsv, type CsvRecord } from './csv-parse';
import { accountIdProblem, accountProblem, contactIdProblem, toolProblem } from './link-fields';
import { saveLinks, type IdentityLink } from './link-store';

export const MAX_CSV_ROWS = 5_000;
export const MAX_CSV_BYTES = 1_000_000;
export const CSV_HEADER = ['tool', 'contactId', 'accountId'];
/** A file with thousands of mistakes is fixed from the first ones; the answer stays small. */
const MAX_ERRORS = 200;

type Problem = { line: number; reason: string };

/**
 * Imports manual identity links from `tool,contactId,accountId` rows: all of them or none.
 * Every row is checked before anything is written (tool known, ids well-formed, no pair twice,
 * every accountId an active person or customer on the site, asked of Jira in bulk: one request
 * per 100 distinct accounts). Any problem answers the lines to fix and writes nothing.
 * Writes happen only after that, in KVS batches; a storage failure mid-way is the one case that
 * can leave part of a file imported (KVS transactions hold 25 operations), and re-importing the
 * same file then completes it, since rows are keyed by (tool, contactId).
 */
export async function importCsv(csv: string, now = Date.now()): Promise<CsvImportResult> {
  const [header, ...rows] = parseCsv(csv);
  if (!header || header.fields.map((field) => field.toLowerCase()).join(',') !== CSV_HEADER.join(',').toLowerCase()) {
    return rejected([{ line: header?.line ?? 1, reason: `The first line must be the header ${CSV_HEADER.join(',')}.` }]);
  }
  if (rows.length > MAX_CSV_ROWS) {
    return rejected([{ line: rows[MAX_CSV_ROWS].line, reason: `A file may hold at most ${MAX_CSV_ROWS.toLocaleString('en')} rows; split it and import the parts one after another.` }]);
  }
  const problems: Problem[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of rows) problems.push(...rowProblems(row, firstLineOf));
  problems.push(...(await accountProblems(rows)));
  if (problems.length > 0) return rejected(problems);
  const links: IdentityLink[] = rows.map(({ fields: [tool, contactId, accountId] }) => ({
    tool: tool as ConnectorTool,
    contactId,
    accountId,
    source: 'manual',
    updatedAt: now,
  }));
  await saveLinks(links);
  return { imported: links.length };
}

function rowProblems({ line, fields }: CsvRecord, firstLineOf: Map<string, number>): Problem[] {
  if (fields.length !== 3) return [{ line, reason: `Expected 3 values (${CSV_HEADER.join(',')}), found ${fields.length}.` }];
  const [tool, contactId, accountId] = fields;
  const reasons = [toolProblem(tool), contactIdProblem(contactId), accountIdProblem(accountId)].filter((reason): reason is string => !!reason);
  const pair = `${tool}\u0000${contactId}`;
  const first = firstLineOf.get(pair);
  if (first !== undefined) reasons.push(`This ${tool} contact is already mapped on line ${first}.`);
  else firstLineOf.set(pair, line);
  return reasons.map((reason) => ({ line, reason }));
}

/** Checks every well-formed accountId against Jira, in bulk. */
async function accountProblems(rows: CsvRecord[]): Promise<Problem[]> {
  const checkable = rows.filter(({ fields }) => fields.length === 3 && !accountIdProblem(fields[2]));
  if (checkable.length === 0) return [];
  const found = new Map((await getUsersBulk(checkable.map(({ fields }) => fields[2]))).map((user) => [user.accountId, user]));
  return checkable.flatMap(({ line, fields }) => {
    const reason = accountProblem(found.get(fields[2]));
    return reason ? [{ line, reason }] : [];
  });
}

function rejected(problems: Problem[]): CsvImportResult {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const shown = sorted.slice(0, MAX_ERRORS);
  if (sorted.length > MAX_ERRORS) shown.push({ line: sorted[MAX_ERRORS].line, reason: `…and ${sorted.length - MAX_ERRORS} more problems after this line.` });
  return { imported: 0, errors: shown };
}
