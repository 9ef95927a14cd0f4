import { readFile } from 'node:fs/promises';
import OpenAPIBackend, { type Document } from 'openapi-backend';
import { parse as parseYaml } from 'yaml';
import { formatErrors, ResponseValidator } from './response-validator';

/**
 * One vendor spec, ready to judge exchanges: openapi-backend (in `quick` mode, the only mode that
 * accepts the Jira file, ~0.5 s to load) routes a request to its operation and validates the
 * request's path, query, headers and body; ResponseValidator checks what was answered.
 */

export interface MatchedOperation {
  operationId: string;
  /** The raw operation object (refs not dereferenced), for the response schemas. */
  raw: Record<string, unknown>;
  /** openapi-backend's operation, for request validation. */
  routed: Parameters<OpenAPIBackend['validateRequest']>[1];
}

export interface HttpRequestShape {
  method: string;
  /** Path and query string. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
}

export class SpecCheck {
  private constructor(
    readonly name: string,
    private readonly api: OpenAPIBackend,
    private readonly document: Record<string, unknown>,
    private readonly responses: ResponseValidator,
  ) {}

  static async load(name: string, file: string): Promise<SpecCheck> {
    const text = await readFile(file, 'utf8');
    const document = (/\.ya?ml$/.test(file) ? parseYaml(text, { maxAliasCount: -1 }) : JSON.parse(text)) as Record<string, unknown>;
    // openapi-backend dereferences a clone (klona), so `document` stays raw for ResponseValidator.
    const api = new OpenAPIBackend({ definition: document as unknown as Document, quick: true, validate: true });
    await api.init();
    return new SpecCheck(name, api, document, new ResponseValidator(document, `https://deskbridge.local/specs/${name}.json`));
  }

  match(request: HttpRequestShape): MatchedOperation | undefined {
    const routed = this.api.matchOperation(toBackendRequest(request));
    if (!routed?.operationId) return undefined;
    const paths = this.document.paths as Record<string, Record<string, Record<string, unknown>>>;
    return { operationId: routed.operationId, raw: paths[routed.path][routed.method], routed };
  }

  validateRequest(request: HttpRequestShape, operation: MatchedOperation): string[] {
    const result = this.api.validateRequest(toBackendRequest(request), operation.routed);
    return result.valid ? [] : formatErrors(result.errors ?? []);
  }

  validateResponse(operation: MatchedOperation, status: number, contentType: string | undefined, body: string): string[] {
    return this.responses.validate(operation.raw, operation.operationId, status, contentType, body);
  }
}

/** The request as openapi-backend reads it: the body parsed when it is JSON, raw otherwise. */
function toBackendRequest(request: HttpRequestShape) {
  const headers = Object.fromEntries(Object.entries(request.headers).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined));
  let body: unknown = undefined;
  if (request.rawBody !== '') {
    try {
      body = JSON.parse(request.rawBody);
    } catch {
      body = request.rawBody;
    }
  }
  return { method: request.method, path: request.url, headers, body };
}
