import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Validates response bodies against the response schemas of an OpenAPI 3.0 document, with our
 * own Ajv rather than openapi-backend's, for two reasons: openapi-backend quietly accepts a status
 * code the spec does not document, and it validates against a fully dereferenced (cyclic) copy.
 *
 * How refs are resolved: the document's `components` are registered once under a base URI, and
 * each response schema is compiled from a copy whose `#/components/...` refs are rewritten to
 * `<base>#/components/...`. Ajv then resolves every ref, including recursive ones (User →
 * groups → ...), lazily against the one registered document, and compiles each operation's schema
 * once. The only `$ref` with siblings in the Atlassian files carries just a `description`, which
 * Ajv ignores; validation is against schemas, never examples (some examples contradict them).
 */

type Json = Record<string, unknown>;

export class ResponseValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    private readonly document: Json,
    private readonly base: string,
  ) {
    // strict: false because OpenAPI schemas carry keywords JSON Schema does not know (example, xml, x-*);
    // Ajv understands OpenAPI's `nullable` itself.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: base, components: document.components ?? {} });
  }

  /**
   * Problems with one response to one operation, as sentences; empty when it conforms.
   * `operation` is the raw (not dereferenced) operation object from the document.
   */
  validate(operation: Json, operationId: string, status: number, contentType: string | undefined, body: string): string[] {
    const responses = (operation.responses ?? {}) as Record<string, Json>;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => candidate in responses);
    if (!key) return [`status ${status} is not documented for ${operationId} (documented: ${Object.keys(responses).join(', ')})`];
    const response = this.deref(responses[key]);
    const content = (response.content ?? {}) as Record<string, Json>;
    const mediaType = Object.keys(content).find((type) => type.includes('json')) ?? Object.keys(content)[0];
    const schema = mediaType ? content[mediaType].schema : undefined;
    // Atlassian documents most error statuses without a body schema: nothing to check there.
    if (!schema) return [];
    // HTTP forbids a body on 204; Atlassian still lists a schema for some (editIssue, doTransition).
    if (!body && status === 204) return [];
    if (!body) return [`status ${status} of ${operationId} must have a ${mediaType} body, and it was empty`];
    if (!contentType?.toLowerCase().includes('json')) return [`status ${status} of ${operationId} must be ${mediaType}, not ${contentType ?? 'untyped'}`];
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (error) {
      return [`the body is not JSON: ${(error as Error).message}`];
    }
    const validate = this.validator(`${operationId} ${key} ${mediaType}`, schema as Json);
    return validate(data) ? [] : formatErrors(validate.errors ?? []);
  }

  private validator(cacheKey: string, schema: Json): ValidateFunction {
    let validate = this.compiled.get(cacheKey);
    if (!validate) {
      validate = this.ajv.compile(this.rebase(schema) as Json);
      this.compiled.set(cacheKey, validate);
    }
    return validate;
  }

  /** A response object may itself be a `$ref` to `#/components/responses/...`. */
  private deref(value: Json): Json {
    const ref = value.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return value;
    const target = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, part) => (node as Json | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], this.document);
    return (target ?? {}) as Json;
  }

  private rebase(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.rebase(item));
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key === '$ref' && typeof item === 'string' && item.startsWith('#/') ? `${this.base}${item}` : this.rebase(item),
      ]),
    );
  }
}

/** Ajv errors as one line each, naming the offending property where Ajv keeps it in params. */
export function formatErrors(errors: ErrorObject[]): string[] {
  return errors.map((error) => {
    const where = error.instancePath || '(root)';
    const extra = error.params as Record<string, unknown>;
    // Ajv's message already names a missing property; an extra one or the allowed values it does not.
    const detail = extra.additionalProperty ?? extra.allowedValues;
    return `${where} ${error.message ?? error.keyword}${detail !== undefined ? `: ${JSON.stringify(detail)}` : ''}`;
  });
}
