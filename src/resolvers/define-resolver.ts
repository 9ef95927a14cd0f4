import type { z } from 'zod';
import { Caller } from '../access/caller';
import { guard, type AccessRule, type Grant } from '../access/guard';
import { UserFacingError } from '../shared/errors';
import { fail, ok, type Result } from '../shared/result';
import { readInvocationContext } from './invocation';

export interface ResolverDefinition<S extends z.ZodType, T> {
  key: string;
  payload: S;
  /** Who may call it, checked before `handle` runs (src/access/rules.ts). */
  access: AccessRule<z.infer<S>>;
  handle: (payload: z.infer<S>, grant: Grant) => Promise<T>;
}

/** Declares a resolver: key, payload schema and handler, in one typed value. */
export const defineResolver = <S extends z.ZodType, T>(definition: ResolverDefinition<S, T>) => definition;

/**
 * Runs one resolver the same way for every key: validate the payload at the edge, build the
 * per-invocation caller, enforce the access rule, and turn every failure into the shared answer shape. Unexpected errors
 * are logged for the developer and answered without their message.
 */
export async function runResolver<S extends z.ZodType, T>(
  definition: ResolverDefinition<S, T>,
  request: { payload: unknown; context: unknown },
): Promise<Result<T>> {
  const context = readInvocationContext(request.context);
  if (!context) return fail('forbidden', 'Log in to Jira to use Deskbridge.');
  const parsed = definition.payload.safeParse(request.payload ?? {});
  if (!parsed.success) return fail('invalid', describeIssues(parsed.error));
  try {
    const grant = await guard(definition.access, parsed.data, new Caller(context));
    return ok(await definition.handle(parsed.data, grant));
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.kind, error.message);
    console.error(`Resolver ${definition.key} failed unexpectedly`, error instanceof Error ? error.name : typeof error);
    return fail('internal', 'Deskbridge hit an unexpected error. Try again; if it persists, contact your Jira admin.');
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
