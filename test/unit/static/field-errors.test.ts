import { hasNoErrors, splitFormErrors } from '../../../static/src/api/field-errors';

const FIELDS = ['name', 'tool', 'projectId'] as const;

describe('splitFormErrors', () => {
  it("puts each part of an invalid message under the field it names, verbatim", () => {
    const errors = splitFormErrors({ kind: 'invalid', message: 'name: Keep the name under 80 characters.; projectId: Pick a Jira project.' }, FIELDS);
    expect(errors).toEqual({ fields: { name: 'Keep the name under 80 characters.', projectId: 'Pick a Jira project.' } });
  });

  it('keeps parts naming no field of the form for the form as a whole', () => {
    const errors = splitFormErrors({ kind: 'invalid', message: 'tool: Pick a tool: freshdesk, zendesk.; connectionId: Pick a connection.' }, FIELDS);
    expect(errors.fields).toEqual({ tool: 'Pick a tool: freshdesk, zendesk.' });
    expect(errors.form).toEqual({ kind: 'invalid', message: 'connectionId: Pick a connection.' });
  });

  it('joins two messages for the same field', () => {
    const errors = splitFormErrors({ kind: 'invalid', message: 'name: Too short.; name: Not allowed.' }, FIELDS);
    expect(errors.fields.name).toBe('Too short. Not allowed.');
  });

  it('gives an unprefixed invalid message to the fallback field', () => {
    const message = 'The new owner must be an active Jira user. Pick another person.';
    expect(splitFormErrors({ kind: 'invalid', message }, ['ownerAccountId'] as const, 'ownerAccountId')).toEqual({ fields: { ownerAccountId: message } });
  });

  it('without a fallback field, an unprefixed invalid message is for the form', () => {
    const error = { kind: 'invalid' as const, message: 'Something is wrong with this request.' };
    expect(splitFormErrors(error, FIELDS)).toEqual({ fields: {}, form: error });
  });

  it.each(['forbidden', 'not-found', 'unavailable', 'internal'] as const)('leaves a %s error to the form, untouched', (kind) => {
    const error = { kind, message: 'name: looks like a field but is not an invalid error' };
    expect(splitFormErrors(error, FIELDS, 'name')).toEqual({ fields: {}, form: error });
  });

  it('reports whether there is anything to show', () => {
    expect(hasNoErrors({ fields: {} })).toBe(true);
    expect(hasNoErrors({ fields: { name: 'x' } })).toBe(false);
    expect(hasNoErrors({ fields: {}, form: { kind: 'internal', message: 'x' } })).toBe(false);
  });
});
