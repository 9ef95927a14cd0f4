import { ResolverError, toAppError, unwrapResult } from '../../../static/src/api/resolver-result';

describe('unwrapResult', () => {
  it('returns the data of a successful answer', () => {
    expect(unwrapResult('app/me', { ok: true, data: { accountId: 'a' } })).toEqual({ accountId: 'a' });
  });

  it("throws the server's error unchanged for a failed answer", () => {
    const error = { kind: 'forbidden', message: 'Only Jira admins can do this.' };
    expect.assertions(2);
    try {
      unwrapResult('app/me', { ok: false, error });
    } catch (thrown) {
      expect(thrown).toBeInstanceOf(ResolverError);
      expect(toAppError(thrown)).toEqual(error);
    }
  });

  it.each([
    ['undefined', undefined],
    ['a string', 'Internal Server Error'],
    ['ok without data', { ok: true }],
    ['an unknown error kind', { ok: false, error: { kind: 'boom', message: 'x' } }],
    ['an empty message', { ok: false, error: { kind: 'internal', message: '' } }],
  ])('turns a malformed answer (%s) into an internal error naming the resolver', (_label, answer) => {
    let thrown: unknown;
    try {
      unwrapResult('app/identity', answer);
    } catch (error) {
      thrown = error;
    }
    const appError = toAppError(thrown);
    expect(appError.kind).toBe('internal');
    expect(appError.message).toContain('app/identity');
  });
});

describe('toAppError', () => {
  it('never passes on the message of an unexpected exception', () => {
    const appError = toAppError(new Error('ECONNRESET https://internal.example/secret?token=abc\n    at x (y.js:1:1)'));
    expect(appError.kind).toBe('unavailable');
    expect(appError.message).not.toMatch(/ECONNRESET|token|internal\.example|at x/);
  });

  it('handles values that are not errors', () => {
    expect(toAppError('oops').kind).toBe('unavailable');
    expect(toAppError(undefined).kind).toBe('unavailable');
  });
});
