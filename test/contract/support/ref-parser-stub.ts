/**
 * openapi-backend requires @apidevtools/json-schema-ref-parser, which is an ES module only.
 * Node 20.19+ can require it (so `tsx` and `npm start` are fine), Jest's module loader cannot
 * before Node 24.9. In `quick` mode with a parsed document, which is how the contract recorder
 * uses openapi-backend, the parser is never needed: openapi-backend dereferences with
 * dereference-json-schema and only starts an unawaited `parse` whose result it ignores. So Jest
 * gets a stand-in that returns the document for `parse` and refuses everything else loudly.
 *
 * Import this module before anything that loads the contract recorder.
 */
jest.mock('@apidevtools/json-schema-ref-parser', () => {
  const unavailable = (name: string) => () => {
    throw new Error(`json-schema-ref-parser.${name} is stubbed in Jest (see test/contract/support/ref-parser-stub.ts)`);
  };
  const parser = {
    parse: async (document: unknown) => document,
    dereference: unavailable('dereference'),
    resolve: unavailable('resolve'),
    bundle: unavailable('bundle'),
  };
  return { __esModule: true, default: parser, ...parser };
});

export {};
