// Records every RegExp the sources build with `new RegExp(...)` / `RegExp(...)`
// while `during` runs, with the source line that built it. The global RegExp is
// swapped for a recording proxy, so this sees patterns assembled from lexicons
// and fragments ("(" + MONTHS.join("|") + ")") that no reading of the code can.
// Literals (/…/) never call the constructor: regex-literals.ts finds those.

export interface Constructed {
  /** The src/ file and line that called the constructor (from the stack, source-mapped). */
  file: string;
  line: number;
  source: string;
  flags: string;
}

const SITE = /[/\\](src[/\\][^:()]+\.ts):(\d+):\d+/;

/** The first stack frame inside src/, or null (a construction by a library or a test). */
function site(stack: string): { file: string; line: number } | null {
  for (const frame of stack.split('\n').slice(1)) {
    const m = SITE.exec(frame);
    if (m) return { file: m[1].split('\\').join('/'), line: Number(m[2]) };
  }
  return null;
}

export async function captureRegExps<T>(during: () => Promise<T>): Promise<{ result: T; constructed: Constructed[] }> {
  const Original = globalThis.RegExp;
  const constructed: Constructed[] = [];
  const record = (re: RegExp): RegExp => {
    const where = site(new Error().stack ?? '');
    if (where) constructed.push({ ...where, source: re.source, flags: re.flags });
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    return { result: await during(), constructed };
  } finally {
    globalThis.RegExp = Original;
  }
}
