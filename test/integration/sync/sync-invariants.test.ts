/**
 * Property-based (fast-check): for random sequences of changes on both sides, whose notices are
 * delivered once, twice or never (the poll recovers those) and in a shuffled order, the end state
 * is the state of applying each change once: one issue, every comment exactly once on each side
 * with its visibility, nothing echoed, and subject and summary agree.
 */
import fc from 'fast-check';
import { useLocalDeskbridge } from '../../support/local-app';
import { expectedComments, jiraEventInterceptor, runScenario, type Fate, type Op } from '../../support/sync-scenario';

const events = jiraEventInterceptor();
const local = useLocalDeskbridge({ queueDelayScale: 0.001, interceptProductEvents: events.intercept });

const word = fc.constantFrom('alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf');
const text = fc.tuple(word, word, fc.nat(999)).map(([a, b, n]) => `${a} ${b} ${n}`);
const op: fc.Arbitrary<Op> = fc.oneof(
  text.map((value) => ({ kind: 'ticketReply' as const, text: value })),
  text.map((value) => ({ kind: 'ticketNote' as const, text: value })),
  fc.tuple(text, fc.boolean()).map(([value, restricted]) => ({ kind: 'jiraComment' as const, text: value, restricted })),
  text.map((value) => ({ kind: 'ticketSubject' as const, text: `Subject ${value}` })),
  text.map((value) => ({ kind: 'jiraSummary' as const, text: `Summary ${value}` })),
);
const fate: fc.Arbitrary<Fate> = fc.constantFrom<Fate>('once', 'once', 'twice', 'dropped');

test('duplicates, reordering and lost notices end in the state of each change applied once', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.record({ op, fate }), { minLength: 2, maxLength: 7 }).filter((ops) => new Set(ops.map(({ op }) => op.text)).size === ops.length),
      fc.array(fc.nat(20), { maxLength: 6 }),
      async (ops, order) => {
        const state = await runScenario(local.deskbridge, events.state, ops, order);
        const comments = expectedComments(ops.map(({ op }) => op));
        expect(state.issues).toBe(1);
        expect(state.jiraComments).toEqual(comments);
        expect(state.ticketComments).toEqual(comments);
        expect(state.subject).toBe(state.summary);
        const fieldEdits = ops.map(({ op }) => op).filter((op) => op.kind === 'ticketSubject' || op.kind === 'jiraSummary');
        if (fieldEdits.length > 0) expect(fieldEdits.map((edit) => edit.text)).toContain(state.subject);
      },
    ),
    { numRuns: 12, seed: 20261121, endOnFailure: true },
  );
}, 240_000);
