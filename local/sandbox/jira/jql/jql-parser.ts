import { syntaxError, tokenize, type JqlNode, type JqlQuery, type Operand, type Operator, type OrderBy, type Token } from './jql-syntax';

/** A recursive-descent parser over jql-syntax's tokens: OR binds loosest, then AND, then NOT. */
export function parseJql(jql: string): JqlQuery {
  const tokens = tokenize(jql);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const keyword = (token: Token | undefined, word: string) => token?.type === 'word' && token.text.toLowerCase() === word;
  const describe = (token: Token | undefined) => (token ? `'${token.text}' at position ${token.at + 1}` : 'the end of the query');
  const expect = (text: string) => {
    const token = tokens[position++];
    if (token?.text !== text) throw syntaxError(`Expecting '${text}' but got ${describe(token)}.`);
  };

  function orNode(): JqlNode {
    const items = [andNode()];
    while (keyword(peek(), 'or')) {
      position += 1;
      items.push(andNode());
    }
    return items.length === 1 ? items[0] : { kind: 'or', items };
  }

  function andNode(): JqlNode {
    const items = [notNode()];
    while (keyword(peek(), 'and')) {
      position += 1;
      items.push(notNode());
    }
    return items.length === 1 ? items[0] : { kind: 'and', items };
  }

  function notNode(): JqlNode {
    const token = peek();
    if (keyword(token, 'not') || token?.text === '!') {
      position += 1;
      return { kind: 'not', item: notNode() };
    }
    if (token?.type === 'punct' && token.text === '(') {
      position += 1;
      const inner = orNode();
      expect(')');
      return inner;
    }
    return clause();
  }

  function clause(): JqlNode {
    const field = tokens[position++];
    if (!field || field.type === 'punct' || field.type === 'op' || keyword(field, 'order')) {
      throw syntaxError(`Expecting a field name but got ${describe(field)}.`);
    }
    const operator = readOperator();
    const operand = operator === 'in' || operator === 'not in' ? list() : value(operator === 'is' || operator === 'is not');
    return { kind: 'clause', field: field.text, operator, operand };
  }

  function readOperator(): Operator {
    const token = tokens[position++];
    if (token?.type === 'op') return token.text as Operator;
    if (keyword(token, 'in')) return 'in';
    if (keyword(token, 'is')) {
      if (keyword(peek(), 'not')) {
        position += 1;
        return 'is not';
      }
      return 'is';
    }
    if (keyword(token, 'not') && keyword(peek(), 'in')) {
      position += 1;
      return 'not in';
    }
    throw syntaxError(`Expecting an operator but got ${describe(token)}. Valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.`);
  }

  function list(): Operand {
    expect('(');
    const items: Operand[] = [value(false)];
    while (peek()?.text === ',') {
      position += 1;
      items.push(value(false));
    }
    expect(')');
    return { kind: 'list', items };
  }

  function value(emptyOnly: boolean): Operand {
    const token = tokens[position++];
    if (!token || token.type === 'punct' || token.type === 'op') throw syntaxError(`Expecting either a value, list or function but got ${describe(token)}.`);
    if (token.type === 'word' && ['empty', 'null'].includes(token.text.toLowerCase())) return { kind: 'empty' };
    if (emptyOnly) throw syntaxError(`Expecting 'EMPTY' or 'NULL' after IS but got ${describe(token)}.`);
    if (token.type === 'word' && peek()?.text === '(') {
      position += 1;
      const args: string[] = [];
      while (peek() && peek()!.text !== ')') {
        const argument = tokens[position++];
        if (argument.text !== ',') args.push(argument.text);
      }
      expect(')');
      return { kind: 'function', name: token.text, args };
    }
    return { kind: 'value', text: token.text, quoted: token.type === 'string' };
  }

  function orderBy(): OrderBy[] {
    if (!keyword(peek(), 'order')) return [];
    position += 1;
    if (!keyword(tokens[position++], 'by')) throw syntaxError(`Expecting 'BY' after 'ORDER' but got ${describe(tokens[position - 1])}.`);
    const order: OrderBy[] = [];
    do {
      if (peek()?.text === ',') position += 1;
      const field = tokens[position++];
      if (!field || field.type !== 'word' && field.type !== 'string') throw syntaxError(`Expecting a field name after ORDER BY but got ${describe(field)}.`);
      const direction = keyword(peek(), 'asc') || keyword(peek(), 'desc') ? (tokens[position++].text.toLowerCase() as 'asc' | 'desc') : 'asc';
      order.push({ field: field.text, direction });
    } while (peek()?.text === ',');
    return order;
  }

  const where = peek() && !keyword(peek(), 'order') ? orNode() : undefined;
  const order = orderBy();
  if (position < tokens.length) throw syntaxError(`Expecting 'AND', 'OR' or 'ORDER BY' but got ${describe(peek())}.`);
  return { where, orderBy: order };
}
