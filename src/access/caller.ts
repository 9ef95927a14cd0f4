import { resolveMe } from './resolve-me';
import { moduleProject, type InvocationContext } from '../resolvers/invocation';
import type { Me } from '../shared/roles';

/**
 * The caller of one invocation. Its role is resolved at most once, lazily, and lives only
 * as long as this object: one per invocation, never shared between users.
 */
export class Caller {
  private me?: Promise<Me>;

  constructor(readonly context: InvocationContext) {}

  get accountId(): string {
    return this.context.accountId;
  }

  role(): Promise<Me> {
    this.me ??= resolveMe(this.context.accountId, moduleProject(this.context));
    return this.me;
  }
}
