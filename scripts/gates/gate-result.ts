/**
 * The shape every offline gate answers with, so `run-gates.ts` and the tests in test/gates
 * can treat them alike. A gate never throws for a finding: it answers 'fail' with messages that
 * say what is wrong and what to change. It throws only for its own bugs, and the runner turns
 * those into a failure too, so nothing slips through as a silent pass.
 */
export type GateStatus = 'pass' | 'fail' | 'skipped';

export interface GateResult {
  name: string;
  status: GateStatus;
  /** For 'fail': the findings. For 'skipped': why. For 'pass': notes worth seeing (warnings, sizes). */
  messages: string[];
}

/** A gate runs against a repository root, so tests can point it at a modified temp copy. */
export type Gate = (repoRoot: string) => Promise<GateResult>;

export const passed = (name: string, messages: string[] = []): GateResult => ({ name, status: 'pass', messages });

/** A gate with no findings passes; any finding fails it. Notes travel along either way. */
export const fromFindings = (name: string, findings: string[], notes: string[] = []): GateResult =>
  findings.length === 0 ? passed(name, notes) : { name, status: 'fail', messages: [...findings, ...notes] };

export const failed = (name: string, messages: string[]): GateResult => ({ name, status: 'fail', messages });

export const skipped = (name: string, reason: string): GateResult => ({ name, status: 'skipped', messages: [reason] });

/**
 * The text of anything thrown by a tool, without colour codes. Forge's libraries colour their
 * messages with chalk; the escapes make the gate output and test assertions harder to read.
 */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return stripAnsi(text);
}

const ANSI_PATTERN = /\u001b\[[0-9;]*m/g;

export const stripAnsi = (text: string): string => text.replace(ANSI_PATTERN, '');

/** Milliseconds as the runner prints them: "850 ms" or "12.3 s". */
export const formatDuration = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
