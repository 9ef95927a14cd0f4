import { addRequestComment } from '../jira/add-request-comment';
import { UserFacingError } from '../shared/errors';
import { onRequest } from './request-view';

/** JSM's comment body limit is Jira's text field limit. */
const MAX_BODY = 32_767;

/**
 * Comments on a request as the app, in plain text: `public: true` replies to the customer (who is
 * notified), `public: false` adds an internal note only agents see. The JSM endpoint is used rather
 * than the platform's because it sets the visibility JSM's portal honours in one call.
 */
export async function commentOnRequest(key: string, c: { body: string; public: boolean }): Promise<{ id: string }> {
  const body = c.body.trim();
  if (!body) throw new UserFacingError('invalid', `The comment on ${key} is empty; write something to send.`);
  if (body.length > MAX_BODY) throw new UserFacingError('invalid', `The comment on ${key} is ${body.length} characters long; JSM takes at most ${MAX_BODY}.`);
  const comment = await onRequest(key, () => addRequestComment(key, { body, public: c.public }));
  return { id: String(comment.id) };
}
