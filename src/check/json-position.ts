// Where a JSON text first goes wrong. V8's messages give a position for some
// errors and only a quoted snippet for others ("Unexpected token ','"), and an
// annotator fixing expected.json by hand needs the line and column.

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** The index of the first character that breaks the JSON grammar, or null when `raw` is valid JSON. */
export function syntaxErrorAt(raw: string): number | null {
  let i = 0;
  const skip = () => {
    while (i < raw.length && WS.has(raw[i])) i++;
  };
  const token = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(raw)) return false;
    i = re.lastIndex;
    return true;
  };
  // Open containers are a stack: after a value, the loop below closes them or reads the next item.
  const stack: string[] = [];
  const value = (): boolean => {
    skip();
    const c = raw[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      skip();
      if (raw[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        return true;
      }
      return (c === '{' ? member() : true) && value();
    }
    if (c === '"') return token(STRING);
    for (const word of ['true', 'false', 'null']) {
      if (raw.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    return token(NUMBER);
  };
  const member = (): boolean => {
    skip();
    if (!token(STRING)) return false;
    skip();
    if (raw[i] !== ':') return false;
    i++;
    return true;
  };
  if (!value()) return i;
  for (;;) {
    skip();
    if (stack.length === 0) return i < raw.length ? i : null;
    const open = stack[stack.length - 1];
    if (raw[i] === (open === '{' ? '}' : ']')) {
      stack.pop();
      i++;
      continue;
    }
    if (raw[i] !== ',') return i;
    i++;
    if ((open === '{' && !member()) || !value()) return i;
  }
}
