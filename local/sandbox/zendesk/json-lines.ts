/**
 * The line each value of a JSON text starts on, by path (`tickets[2]`, `comments.101[0].public`),
 * so a seed-file problem is reported where the offending object is, whatever the formatting.
 * Runs only on text JSON.parse has already accepted, so it need not report syntax errors.
 */
export function jsonLines(text: string): (path: string) => number {
  const lines = new Map<string, number>();
  let index = 0;
  let line = 1;

  const skipSpace = () => {
    while (index < text.length && /\s/.test(text[index])) {
      if (text[index] === '\n') line++;
      index++;
    }
  };
  const readString = (): string => {
    const start = index;
    index++; // opening quote
    while (text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
    index++;
    return JSON.parse(text.slice(start, index)) as string;
  };
  const value = (path: string): void => {
    skipSpace();
    lines.set(path, line);
    const char = text[index];
    if (char === '{') {
      index++;
      skipSpace();
      while (text[index] !== '}') {
        const key = readString();
        skipSpace();
        index++; // colon
        value(path ? `${path}.${key}` : key);
        skipSpace();
        if (text[index] === ',') {
          index++;
          skipSpace();
        }
      }
      index++;
    } else if (char === '[') {
      index++;
      skipSpace();
      for (let item = 0; text[index] !== ']'; item++) {
        value(`${path}[${item}]`);
        skipSpace();
        if (text[index] === ',') index++;
        skipSpace();
      }
      index++;
    } else if (char === '"') {
      readString();
    } else {
      while (index < text.length && !/[\s,\]}]/.test(text[index])) index++;
    }
  };

  value('');
  return (path: string) => lines.get(path) ?? 1;
}
