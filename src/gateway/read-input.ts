import type { z } from 'zod';
import { GatewayError, header, type GatewayRequest } from './gateway-http';

/**
 * Turns a call's body and query into validated values, or a 400/413/415 that says what to fix.
 * Size is checked before anything is parsed, so an oversized body costs nothing.
 */

/** Creates and comments are text; 64 KiB holds the largest one Jira accepts with room to spare. */
export const MAX_BODY_BYTES = 64 * 1024;

export function readBody<S extends z.ZodType>(request: GatewayRequest, schema: S): z.infer<S> {
  const bytes = Buffer.byteLength(request.body, 'utf8');
  if (bytes > MAX_BODY_BYTES) {
    throw new GatewayError(413, 'too-large', `The body is ${bytes} bytes; the gateway takes at most ${MAX_BODY_BYTES}. Shorten the description or comment.`);
  }
  const contentType = header(request, 'content-type');
  if (contentType !== undefined && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType.trim())) {
    throw new GatewayError(415, 'unsupported-media-type', `Send the body as JSON with "Content-Type: application/json" (got "${contentType.slice(0, 80)}").`);
  }
  if (request.body.trim() === '') throw new GatewayError(400, 'invalid', 'The body is empty: send a JSON object.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body);
  } catch (error) {
    const where = error instanceof SyntaxError ? ` (${error.message.slice(0, 120)})` : '';
    throw new GatewayError(400, 'invalid', `The body is not valid JSON${where}.`);
  }
  return validate(schema, parsed, 'the body');
}

/** Query parameters, each at most once, validated like a body. */
export function readQuery<S extends z.ZodType>(request: GatewayRequest, schema: S): z.infer<S> {
  const single: Record<string, string> = {};
  for (const [name, values] of Object.entries(request.query)) {
    if (values.length > 1) throw new GatewayError(400, 'invalid', `Give the query parameter "${name}" once.`);
    if (values.length === 1) single[name] = values[0];
  }
  return validate(schema, single, 'the query');
}

function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new GatewayError(400, 'invalid', describeIssues(result.error, what));
  return result.data;
}

/** One sentence per problem, naming the field: unknown fields, missing fields, wrong values. */
export function describeIssues(error: z.ZodError, what: string): string {
  return error.issues
    .map((issue) => {
      const at = issue.path.length > 0 ? issue.path.join('.') : what;
      if (issue.code === 'unrecognized_keys') {
        const names = issue.keys.map((key) => `"${key}"`).join(', ');
        return `${at}: unknown field${issue.keys.length > 1 ? 's' : ''} ${names}; remove ${issue.keys.length > 1 ? 'them' : 'it'} (see the API description for the fields).`;
      }
      if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `${at}: required (${issue.expected}).`;
      if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) return `${at}: expected ${issue.expected}.`;
      return `${at}: ${issue.message}`;
    })
    .join(' ');
}
