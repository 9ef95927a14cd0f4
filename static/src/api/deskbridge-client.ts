import { invoke, view } from '@forge/bridge';
import type { AppIdentity, Me } from '../../../src/shared/roles';
import { readModuleContext, type ModuleContext } from './module-context';
import { unwrapResult } from './resolver-result';

/**
 * The only place the UI touches @forge/bridge: `view.getContext()` and `invoke()`, nothing else.
 * Jira (or the local site) injects the bridge before this bundle runs.
 *
 * One function a resolver key, named after it. Keys and answer types must match src/resolvers.
 * Payloads carry only what the resolver asks for: the server derives the caller itself from the
 * invocation context and validates every payload strictly.
 */

/** Resolver keys and the data each answers with. */
interface ResolverAnswers {
  'app/me': Me;
  'app/identity': AppIdentity;
}
type ResolverKey = keyof ResolverAnswers;

async function callResolver<K extends ResolverKey>(
  key: K,
  payload: Record<string, unknown> = {},
): Promise<ResolverAnswers[K]> {
  const answer: unknown = await invoke(key, payload);
  return unwrapResult<ResolverAnswers[K]>(key, answer);
}

/** The module context Jira rendered the app in; picks the page. */
export async function getModuleContext(): Promise<ModuleContext> {
  return readModuleContext(await view.getContext());
}

/** `app/me`: what the server resolved about the caller (Jira admin, project admin, tool groups). */
export const fetchMe = (): Promise<Me> => callResolver('app/me');

/** `app/identity`: the app's own Jira account, which replaces the human integration user. */
export const fetchAppIdentity = (): Promise<AppIdentity> => callResolver('app/identity');
