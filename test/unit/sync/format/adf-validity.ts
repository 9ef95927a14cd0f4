import Ajv, { type ValidateFunction } from 'ajv';
import * as fs from 'fs';
import { parseDocument, ElementType } from 'htmlparser2';

/**
 * Test helpers that judge converter output by outside standards rather than by our own code:
 * Atlassian's published ADF JSON schema (the one Jira validates against), a few ProseMirror rules
 * the JSON schema cannot express, and an HTML allowlist for what may reach a help desk.
 */

let validateSchema: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (validateSchema) return validateSchema;
  const file = require.resolve('@atlaskit/adf-schema/dist/json-schema/v1/full.json');
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  // The schema declares draft-04; its keywords are ones Ajv's default draft reads the same way.
  delete schema.$schema;
  validateSchema = new Ajv({ strict: false }).compile(schema);
  return validateSchema;
}

/** Rules of Jira's editor schema that the JSON schema leaves out. */
function structuralProblems(node: unknown, path: string, problems: string[]): void {
  if (typeof node !== 'object' || node === null) return;
  const { type, content, marks } = node as { type?: string; content?: unknown[]; marks?: { type: string }[] };
  if (type === 'tableRow' && (!content || content.length === 0)) problems.push(`${path}: a table row needs a cell`);
  if (marks) {
    const types = marks.map((mark) => mark.type);
    if (new Set(types).size !== types.length) problems.push(`${path}: a mark is repeated`);
  }
  content?.forEach((child, index) => structuralProblems(child, `${path}/${index}`, problems));
}

/** Every reason `doc` would be rejected by Jira; empty when it is valid. */
export function adfProblems(doc: unknown): string[] {
  const validate = schemaValidator();
  const problems: string[] = [];
  if (!validate(doc)) problems.push(...(validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath} ${error.message}`));
  structuralProblems(doc, '', problems);
  return problems;
}

export function expectValidAdf(doc: unknown): void {
  const problems = adfProblems(doc);
  if (problems.length > 0) throw new Error(`invalid ADF:\n${problems.join('\n')}\n${JSON.stringify(doc)}`);
}

const ALLOWED_TAGS = new Set('p br strong em u s code a h1 h2 h3 h4 h5 h6 pre ul ol li blockquote hr table tbody tr th td'.split(' '));
const ALLOWED_ATTRIBUTES: Record<string, string[]> = { a: ['href'], code: ['class'], ol: ['start'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] };

/**
 * Why HTML would be unsafe to hand to a help desk: a tag or attribute outside the converter's
 * fixed vocabulary, or a link that is not http, https or mailto. Empty when it is safe.
 */
type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;
const isTag = (node: Node): node is Element => ElementType.isTag(node);

export function htmlHazards(html: string): string[] {
  const hazards: string[] = [];
  const stack: Node[] = [...parseDocument(html).children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === ElementType.Comment || node.type === ElementType.Directive || node.type === ElementType.CDATA) hazards.push(`${node.type} node`);
    if (!isTag(node)) continue;
    if (!ALLOWED_TAGS.has(node.name)) hazards.push(`<${node.name}>`);
    for (const [name, value] of Object.entries(node.attribs)) {
      if (!(ALLOWED_ATTRIBUTES[node.name] ?? []).includes(name)) hazards.push(`<${node.name} ${name}>`);
      if (name === 'href' && !/^(https?|mailto):/i.test(value)) hazards.push(`href ${value}`);
    }
    stack.push(...node.children);
  }
  return hazards;
}
