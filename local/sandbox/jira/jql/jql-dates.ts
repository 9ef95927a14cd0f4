import { badRequest } from '../http-error';
import type { Operand } from './jql-syntax';

/**
 * Date values in JQL: absolute (`2026-11-20`, `2026/11/20`, with ` 10:00` optionally; a date
 * alone is midnight), relative to now (`-7d`, `-2w`, `4h`, `-30m`, `"-1w 2d"`), and the functions
 * now(), startOfDay/Week/Month(), endOfDay/Week/Month(), with an optional offset such as
 * startOfWeek(-1w). The sandbox reads them in UTC; weeks start on Monday (Sunday for en_US).
 * https://support.atlassian.com/jira-software-cloud/docs/jql-fields/#Created
 */

const UNIT_MS: Record<string, number> = { w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

/** A relative offset like `-1w 2d`, in ms; undefined if the text is not one. */
function offsetMs(text: string): number | undefined {
  const trimmed = text.trim();
  const match = /^([-+]?)((?:\d+[wdhm]\s*)+)$/i.exec(trimmed);
  if (!match) return undefined;
  const sign = match[1] === '-' ? -1 : 1;
  let total = 0;
  for (const part of match[2].matchAll(/(\d+)([wdhm])/gi)) total += Number(part[1]) * UNIT_MS[part[2].toLowerCase()];
  return sign * total;
}

function absolute(text: string): number | undefined {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0'] = match;
  return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
}

function startOfDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

function dateFunction(name: string, args: string[], now: Date, weekStartsSunday: boolean): number {
  const offset = args.length > 0 ? offsetMs(args[0]) : 0;
  if (offset === undefined) throw badRequest(`Error in the JQL Query: '${args[0]}' is not a valid increment for the function '${name}'.`);
  const day = startOfDay(now);
  const weekday = (day.getUTCDay() + (weekStartsSunday ? 0 : 6)) % 7;
  const week = new Date(day.getTime() - weekday * 86_400_000);
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const starts: Record<string, number> = {
    now: now.getTime(),
    startofday: day.getTime(),
    endofday: day.getTime() + 86_400_000 - 1,
    startofweek: week.getTime(),
    endofweek: week.getTime() + 7 * 86_400_000 - 1,
    startofmonth: month.getTime(),
    endofmonth: nextMonth.getTime() - 1,
  };
  const base = starts[name.toLowerCase()];
  if (base === undefined) throw badRequest(`Error in the JQL Query: Unable to find JQL function '${name}(${args.join(', ')})'.`);
  return base + offset;
}

/** The instant (ms since the epoch) a date operand stands for, or 400 naming the field. */
export function dateOf(operand: Operand, field: string, now: Date, weekStartsSunday = false): number {
  if (operand.kind === 'function') return dateFunction(operand.name, operand.args, now, weekStartsSunday);
  if (operand.kind === 'value') {
    const at = absolute(operand.text);
    if (at !== undefined) return at;
    const offset = offsetMs(operand.text);
    if (offset !== undefined) return now.getTime() + offset;
  }
  const shown = operand.kind === 'value' ? operand.text : operand.kind;
  throw badRequest(
    `Date value '${shown}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  );
}
