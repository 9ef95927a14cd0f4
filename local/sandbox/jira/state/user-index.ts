import type { UserRecord } from './site-state';

/**
 * An index of accounts by id, kept beside the plain `site.users` array (which stays the one place
 * users live, so state remains plain JSON). Directories of 100,000 synthetic users make a linear
 * `find` per request, and per lookup inside a request, too slow.
 *
 * The index belongs to one array object and follows it cheaply: appended users are indexed on the
 * next lookup; any other change (a new array after a reset or a load, a removal) rebuilds it.
 */

interface Indexed {
  byId: Map<string, UserRecord>;
  /** How many leading entries of the array are indexed, and the last of them. */
  count: number;
  last: UserRecord | undefined;
}

const indexes = new WeakMap<UserRecord[], Indexed>();

export function userById(users: UserRecord[], accountId: string): UserRecord | undefined {
  return indexOf(users).byId.get(accountId);
}

function indexOf(users: UserRecord[]): Indexed {
  let index = indexes.get(users);
  const intact = index && index.count <= users.length && (index.count === 0 || users[index.count - 1] === index.last);
  if (!index || !intact) {
    index = { byId: new Map(), count: 0, last: undefined };
    indexes.set(users, index);
  }
  for (let position = index.count; position < users.length; position += 1) {
    const user = users[position];
    // The first record with an id wins, as `Array.prototype.find` would have it.
    if (!index.byId.has(user.accountId)) index.byId.set(user.accountId, user);
  }
  index.count = users.length;
  index.last = users[users.length - 1];
  return index;
}
