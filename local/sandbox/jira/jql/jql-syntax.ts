import { badRequest } from '../http-error';

/**
 * JQL's grammar, as much of it as Deskbridge and its tests use: clauses joined by AND, OR, NOT
 * and parentheses, then ORDER BY. Values are words, quoted strings, lists and function calls.
 * Syntax errors answer 400 with Jira's "Error in the JQL Query" wording.
 * https://support.atlassian.com/jira-service-management-cloud/docs/use-advanced-search-with-jira-query-language-jql/
 */

export type Operand =
  | { kind: 'value'; text: string; quoted: boolean }
  | { kind: 'list'; items: Operand[] }
  | { kind: 'function'; name: string; args: string[] }
  | { kind: 'empty' };

export type Operator = '=' | '!=' | '>' | '>=' | '<' | '<=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export type JqlNode =
  | { kind: 'and'; items: JqlNode[] }
  | { kind: 'or'; items: JqlNode[] }
  | { kind: 'not'; item: JqlNode }
  | { kind: 'clause'; field: string; operator: Operator; operand: Operand };

export interface OrderBy {
  field: string;
  direction: 'asc' | 'desc';
}

export interface JqlQuery {
  where?: JqlNode;
  orderBy: OrderBy[];
}

export type Token = { type: 'word' | 'string' | 'op' | 'punct'; text: string; at: number };

export function syntaxError(message: string): Error {
  return badRequest(`Error in the JQL Query: ${message}`);
}

const OPERATORS = ['!=', '>=', '<=', '!~', '=', '>', '<', '~'];

export function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < jql.length) {
    const char = jql[at];
    if (/\s/.test(char)) {
      at += 1;
    } else if (char === '"' || char === "'") {
      let end = at + 1;
      let text = '';
      while (end < jql.length && jql[end] !== char) {
        if (jql[end] === '\\' && end + 1 < jql.length) end += 1;
        text += jql[end];
        end += 1;
      }
      if (end >= jql.length) throw syntaxError(`The quoted string starting at character ${at + 1} has not been completed.`);
      tokens.push({ type: 'string', text, at });
      at = end + 1;
    } else if ('(),'.includes(char)) {
      tokens.push({ type: 'punct', text: char, at });
      at += 1;
    } else {
      const operator = OPERATORS.find((candidate) => jql.startsWith(candidate, at));
      if (operator) {
        tokens.push({ type: 'op', text: operator, at });
        at += operator.length;
        continue;
      }
      const word = /^[^\s=!<>~(),"']+/.exec(jql.slice(at));
      if (!word) throw syntaxError(`The character '${char}' at position ${at + 1} is a reserved JQL character.`);
      tokens.push({ type: 'word', text: word[0], at });
      at += word[0].length;
    }
  }
  return tokens;
}
