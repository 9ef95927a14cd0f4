import Resolver from '@forge/resolver';
import { appIdentity } from './app-identity';
import { appMe } from './app-me';
import { runResolver, type ResolverDefinition } from './define-resolver';

/** Every resolver key the Custom UI may invoke. Adding one = one file + one line here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const resolverDefinitions: ResolverDefinition<any, unknown>[] = [appIdentity, appMe];

const resolver = new Resolver();
for (const definition of resolverDefinitions) {
  resolver.define(definition.key, (request) => runResolver(definition, request));
}

export const handler = resolver.getDefinitions();
