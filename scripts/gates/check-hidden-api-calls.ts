import ts from 'typescript';
import type { CheckContext } from './check-context';
import { location, visitNodes, type SourceFile } from './source-files';

/**
 * (e) Every Jira/JSM call must be one @forge/lint can read, or its scope is never checked.
 *
 * The linter's scope check finds product calls by name: any call `requestJira(…)`,
 * `x.requestJira(…)` (likewise Confluence, Bitbucket), whose FIRST argument is a string, a
 * template or a tagged template such as route`/rest/api/3/myself`, and whose second argument,
 * if any, is an object literal (it reads `method` from it). Anything else is skipped without a
 * word (@forge/lint permission-linter/visitors/product-node-visitor.js). A project wrapper is
 * therefore fine when it is itself called `requestJira` and takes the route first: the linter
 * then reads every call site of the wrapper. A wrapper taking the route in another position
 * hides every call made through it, and a missing scope ships unnoticed (a 403 in production).
 *
 * So: a product call with an unreadable first argument passes only when that argument is the
 * first parameter of an enclosing function with the same name (the wrapper forwarding its route).
 * The findings name each call and why it is unreadable, then explain the fix once.
 */
const PRODUCT_CALL = /^request(Jira|Confluence|Bitbucket)$/;

export function checkHiddenApiCalls({ sources }: CheckContext): string[] {
  const findings = sources.flatMap((file) => {
    const found: string[] = [];
    visitNodes(file, (node) => {
      if (!ts.isCallExpression(node)) return;
      const name = calleeName(node);
      if (!name || !PRODUCT_CALL.test(name)) return;
      const problem = problemWith(file, node, name);
      if (problem) found.push(`${location(file, node)} ${shownCall(file, node)}: ${problem}`);
    });
    return found;
  });
  if (findings.length === 0) return [];
  // One explanation for all of them: the fix is the same everywhere.
  return [
    ...findings,
    '↳ @forge/lint reads a product call only as requestJira(<route as the first argument>, <options object literal>) and ' +
      'skips any other shape silently, so the scopes these calls need are never checked. Put the route first at every call ' +
      "site (requestJira(route`/rest/…`, { as: AS_APP, method: 'POST', body })); a wrapper must be named like the call " +
      'it makes and take the route as its first parameter.',
  ];
}

/** Why the linter cannot read this call, or null when it can (or it is a wrapper forwarding its route). */
function problemWith(file: SourceFile, call: ts.CallExpression, name: string): string | null {
  const [route, options] = call.arguments;
  if (!route) return null;
  if (isReadableRoute(route)) {
    return options && !ts.isObjectLiteralExpression(options) ? 'its options are not an object literal' : null;
  }
  // The one unreadable call allowed: a wrapper named like the call, forwarding its first parameter.
  const wrapper = enclosingFunction(call);
  if (!ts.isIdentifier(route) || !wrapper || functionName(wrapper) !== name) return 'its first argument is not the route';
  const parameters = wrapper.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : ''));
  if (parameters[0] === route.text) return null;
  return parameters.includes(route.text)
    ? `the wrapper ${name} forwards its parameter '${route.text}', which must be its first parameter for the linter to read its call sites`
    : 'its first argument is not the route';
}

const shownCall = (file: SourceFile, call: ts.CallExpression): string =>
  `${call.expression.getText(file.ast)}(${call.arguments.map((arg) => abbreviate(arg.getText(file.ast))).join(', ')})`;

function calleeName(call: ts.CallExpression): string | null {
  if (ts.isIdentifier(call.expression)) return call.expression.text;
  if (ts.isPropertyAccessExpression(call.expression)) return call.expression.name.text;
  return null;
}

const isReadableRoute = (node: ts.Expression): boolean =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node) || ts.isTaggedTemplateExpression(node);

function enclosingFunction(call: ts.Node): ts.SignatureDeclaration | null {
  let node: ts.Node | undefined = call.parent;
  while (node && !ts.isFunctionLike(node)) node = node.parent;
  return node ? (node as ts.SignatureDeclaration) : null;
}

function functionName(fn: ts.SignatureDeclaration): string | null {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const parent = fn.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name)) return parent.name.text;
  return null;
}

const abbreviate = (text: string): string => (text.length > 40 ? `${text.slice(0, 37).replace(/\s+/g, ' ')}…` : text.replace(/\s+/g, ' '));
