/**
 * The 1-based line where the value at `path` (keys and array indexes) starts in a JSON text, so
 * a seed-file error can point at the offending object. Assumes the text parses (it was parsed
 * first); answers line 1 when the path is not there.
 */
export function lineOfPath(text: string, path: (string | number)[]): number {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at])) at++;
  };
  const skipString = () => {
    at++; // opening quote
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
  };
  const readString = (): string => {
    const start = at;
    skipString();
    return JSON.parse(text.slice(start, at)) as string;
  };
  const skipValue = (): void => {
    skipSpace();
    const open = text[at];
    if (open === '"') return skipString();
    if (open !== '{' && open !== '[') {
      while (at < text.length && !/[\s,\]}]/.test(text[at])) at++;
      return;
    }
    let depth = 0;
    while (at < text.length) {
      const char = text[at];
      if (char === '"') {
        skipString();
        continue;
      }
      if (char === '{' || char === '[') depth++;
      if (char === '}' || char === ']') depth--;
      at++;
      if (depth === 0) return;
    }
  };
  /** Moves `at` to the start of the member `step` of the container starting at `at`; false if absent. */
  const enter = (step: string | number): boolean => {
    skipSpace();
    const isObject = text[at] === '{';
    if (!isObject && text[at] !== '[') return false;
    at++;
    for (let index = 0; ; index++) {
      skipSpace();
      if (text[at] === '}' || text[at] === ']' || at >= text.length) return false;
      let key: string | number = index;
      if (isObject) {
        key = readString();
        skipSpace();
        at++; // colon
      }
      skipSpace();
      if (key === step) return true;
      skipValue();
      skipSpace();
      if (text[at] === ',') at++;
    }
  };
  for (const step of path) {
    if (!enter(step)) return 1;
  }
  skipSpace();
  return text.slice(0, at).split('\n').length;
}

/**
 * Where a JSON text first breaks the grammar (offset), or undefined when it is valid. Node's
 * JSON.parse names no position for some errors ("Unexpected token ','"), so the seed-file
 * reader would point at line 1; this finds the real place.
 */
export function syntaxErrorOffset(text: string): number | undefined {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const fail = (): never => {
    throw new SyntaxAt(at);
  };
  const string = () => {
    at++;
    while (at < text.length && text[at] !== '"') {
      if (text.charCodeAt(at) < 0x20) fail();
      at += text[at] === '\\' ? 2 : 1;
    }
    if (at >= text.length) fail();
    at++;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      at++;
      space();
      if (text[at] === close) return void at++;
      for (;;) {
        if (close === '}') {
          space();
          if (text[at] !== '"') fail();
          string();
          space();
          if (text[at] !== ':') fail();
          at++;
        }
        value();
        space();
        if (text[at] === ',') at++;
        else if (text[at] === close) return void at++;
        else fail();
      }
    }
    if (char === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(at, at + 400));
    if (!literal) fail();
    at += literal![0].length;
  };
  try {
    value();
    space();
    if (at < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    throw error;
  }
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}
