import { jiraError, type Harness } from '../support/contract-harness';
import { adf, engIssue, supIssue } from './issues.scenarios';

/** Issue comments: internal notes, restricted comments, paging, edit and delete. */
export function issueCommentScenarios(h: Harness): void {
  const newIssue = async (request: unknown = supIssue('Comment on me')) => (await h.call('app', 'POST', '/rest/api/3/issue', request)).body as { id: string; key: string };

  describe('/rest/api/3/issue/{issueIdOrKey}/comment', () => {
    test('public, internal (sd.public.comment) and role-restricted comments; properties when expanded', async () => {
      const issue = await newIssue();
      const pub = await h.call('app', 'POST', `/rest/api/3/issue/${issue.key}/comment`, { body: adf('Hello customer') });
      expect(pub.status).toBe(201);
      expect(pub.body).toMatchObject({ id: expect.any(String), body: adf('Hello customer'), jsdPublic: true, author: { accountId: expect.any(String) } });
      const note = await h.call('app', 'POST', `/rest/api/3/issue/${issue.key}/comment?expand=properties`, {
        body: adf('Agents only'),
        properties: [{ key: 'sd.public.comment', value: { internal: true } }, { key: 'deskbridge', value: { origin: 'freshdesk' } }],
      });
      expect(note.body).toMatchObject({ jsdPublic: false, properties: expect.arrayContaining([{ key: 'sd.public.comment', value: { internal: true } }]) });
      await h.call('app', 'POST', `/rest/api/3/issue/${issue.key}/comment`, { body: adf('Admins only'), visibility: { type: 'role', value: 'Administrators' } });

      const { status, body } = await h.call('app', 'GET', `/rest/api/3/issue/${issue.key}/comment?expand=properties`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ startAt: 0, total: 3 });
      expect(body.comments[1].properties).toEqual([{ key: 'deskbridge', value: { origin: 'freshdesk' } }, { key: 'sd.public.comment', value: { internal: true } }]);
      expect(body.comments[2]).toMatchObject({ visibility: { type: 'role', value: 'Administrators' } });
      const page = await h.call('app', 'GET', `/rest/api/3/issue/${issue.key}/comment?startAt=1&maxResults=1&orderBy=-created`);
      expect(page.body).toMatchObject({ startAt: 1, maxResults: 1, total: 3, comments: [{ id: note.body.id }] });
    });

    test('a restricted comment is hidden from people outside the role', async () => {
      const issue = await newIssue(engIssue('Restricted'));
      await h.call('app', 'POST', `/rest/api/3/issue/${issue.key}/comment`, { body: adf('Admins only'), visibility: { type: 'group', value: 'jira-admins' } });
      expect((await h.call('outsider', 'GET', `/rest/api/3/issue/${issue.key}/comment`)).body.total).toBe(0);
      expect((await h.call('admin', 'GET', `/rest/api/3/issue/${issue.key}/comment`)).body.total).toBe(1);
    });

    test.each([
      ['an empty body', { body: { type: 'doc', version: 1, content: [] } }, { comment: 'Comment body can not be empty!' }],
      ['an unknown role', { body: adf('x'), visibility: { type: 'role', value: 'Wizards' } }, { commentLevel: 'Project role: Wizards does not exist.' }],
    ])('400 for %s', async (_, request, errors) => {
      const issue = await newIssue();
      expect(await h.call('app', 'POST', `/rest/api/3/issue/${issue.key}/comment`, request)).toEqual({ status: 400, body: { errorMessages: [], errors } });
    });

    test('404 on an issue the caller cannot see', async () => {
      const issue = await newIssue();
      expect(await h.call('outsider', 'POST', `/rest/api/3/issue/${issue.key}/comment`, { body: adf('x') })).toEqual({ status: 404, body: jiraError });
      expect(await h.call('outsider', 'GET', `/rest/api/3/issue/${issue.key}/comment`)).toEqual({ status: 404, body: jiraError });
    });
  });

  describe('/rest/api/3/issue/{issueIdOrKey}/comment/{id}', () => {
    test('read, edit (own comment), delete; others may not edit it', async () => {
      const issue = await newIssue(engIssue('Own comments'));
      const { body: comment } = await h.call('outsider', 'POST', `/rest/api/3/issue/${issue.key}/comment`, { body: adf('first') });
      const path = `/rest/api/3/issue/${issue.key}/comment/${comment.id}`;
      expect((await h.call('app', 'GET', path)).body).toMatchObject({ id: comment.id, body: adf('first') });
      expect((await h.call('freshdeskAgent', 'PUT', path, { body: adf('hijack') })).status).toBe(400);
      const edited = await h.call('outsider', 'PUT', path, { body: adf('second') });
      expect(edited).toMatchObject({ status: 200, body: { body: adf('second'), updateAuthor: { accountId: comment.author.accountId } } });
      expect(await h.call('outsider', 'DELETE', path)).toEqual({ status: 204, body: undefined });
      expect(await h.call('app', 'GET', path)).toEqual({ status: 404, body: jiraError });
    });
  });
}
