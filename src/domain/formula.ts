import { D, parseHumanNumber } from './numbers';
import type { Dec } from './numbers';

/**
 * Safe formula engine for composite indicators (`IP1 = [(S3 X 25) + …] / {Jumlah ASN}`).
 * Formulas come from documents written by people, so they are tokenised and parsed by hand,
 * never handed to `eval`/`Function`, and every number is exact decimal (see numbers.ts).
 */

/** Parsed formula. `pos` is the 0-based index in the source (for a binary node: its operator). */
export type FormulaAst =
  | { type: 'num'; value: Dec; pos: number }
  | { type: 'name'; name: string; pos: number }
  | { type: 'neg'; arg: FormulaAst; pos: number }
  | { type: 'bin'; op: '+' | '-' | '*' | '/'; left: FormulaAst; right: FormulaAst; pos: number };

/** A formula problem, located at a 0-based `position` in the source, with a bilingual message. */
export interface FormulaError {
  kind: 'syntax' | 'unknown-name' | 'division-by-zero' | 'ambiguous-number';
  /** 0-based character index in the source; messages show it as a 1-based column. */
  position: number;
  /** The offending name, for `unknown-name`. */
  name?: string;
  message: { id: string; en: string };
}

/** Result of parsing: the tree plus every referenced name once, in order of first appearance. */
export type ParseResult = { ok: true; ast: FormulaAst; names: string[] } | { ok: false; error: FormulaError };

/**
 * Result of evaluating. `value: null` with `missing` non-empty means a known input has no value in
 * the period: the composite has no value either (never computed as if the input were zero).
 */
export type FormulaResult = { ok: true; value: Dec | null; missing: string[] } | { ok: false; error: FormulaError };

type Op = '+' | '-' | '*' | '/';
type Tok =
  | { t: 'num'; value: Dec; pos: number; text: string }
  | { t: 'name'; name: string; pos: number; text: string }
  | { t: 'op'; op: Op; pos: number; text: string }
  | { t: 'open'; close: ')' | ']'; pos: number; text: string }
  | { t: 'close'; pos: number; text: string }
  | { t: 'end'; pos: number; text: string };

const OPS: Record<string, Op> = { '+': '+', '-': '-', '\u2212': '-', '*': '*', '\u00d7': '*', '/': '/', '\u00f7': '/', ':': '/' };
const NUMBER = /[0-9][0-9.,]*/y;
const IDENT = /[A-Za-z_][A-Za-z0-9_.]*/y;
/** Formulas are short; the caps keep recursion (parser and evaluator) far from the stack limit. */
const MAX_LENGTH = 10_000;
const MAX_DEPTH = 200;

class Failure {
  constructor(readonly error: FormulaError) {}
}

function fail(kind: FormulaError['kind'], position: number, id: string, en: string, name?: string): never {
  const error: FormulaError = { kind, position, message: { id, en } };
  if (name !== undefined) error.name = name;
  throw new Failure(error);
}

function syntax(pos: number, id: string, en: string): never {
  return fail('syntax', pos, `Kesalahan sintaks pada kolom ${pos + 1}: ${id}`, `Syntax error at column ${pos + 1}: ${en}`);
}

/**
 * Splits the source into tokens.
 *
 * The `x`/`X` rule (the seeds write `237X20`, `(0X25)`, `(S3 X 25)`): a single `x` or `X` is the
 * multiplication operator exactly when (1) the previous token ends an operand — a number, a
 * name or a closing bracket — and (2) the next character is not a letter or `_`. Anywhere else
 * it starts a name as usual, so `X1 + 2`, `2 * Xa` and `x - 1` refer to names `X1`, `Xa`, `x`.
 * Because an operand directly after an operand is otherwise a syntax error, the rule never changes
 * the meaning of a formula that would be valid without it. Consequences: `237X20`, `5 x 3`,
 * `2 X1` and `a X {b}` multiply; `S3X25` is the single name `S3X25` (a name absorbs letters and
 * digits); `5 Xa` is a syntax error (name `Xa` where an operator is expected).
 */
function lex(src: string): { toks: Tok[]; names: string[] } {
  const toks: Tok[] = [];
  const names: string[] = [];
  const afterOperand = (): boolean => {
    const last = toks[toks.length - 1];
    return last !== undefined && (last.t === 'num' || last.t === 'name' || last.t === 'close');
  };
  const pushName = (name: string, pos: number, text: string): void => {
    toks.push({ t: 'name', name, pos, text });
    if (!names.includes(name)) names.push(name);
  };
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (/\s/.test(c)) {
      i++; // \s covers U+00A0 and the other Unicode spaces pasted from office documents
    } else if ((c === 'x' || c === 'X') && afterOperand() && !/[A-Za-z_]/.test(src.charAt(i + 1))) {
      toks.push({ t: 'op', op: '*', pos: i, text: c });
      i++;
    } else if (c in OPS) {
      toks.push({ t: 'op', op: OPS[c] as Op, pos: i, text: c });
      i++;
    } else if (c === '(' || c === '[') {
      toks.push({ t: 'open', close: c === '(' ? ')' : ']', pos: i, text: c });
      i++;
    } else if (c === ')' || c === ']') {
      toks.push({ t: 'close', pos: i, text: c });
      i++;
    } else if (/[0-9]/.test(c)) {
      NUMBER.lastIndex = i;
      const text = NUMBER.exec(src)?.[0] ?? c;
      const parsed = parseHumanNumber(text);
      if (!parsed.ok && parsed.reason === 'ambiguous') {
        fail(
          'ambiguous-number',
          i,
          `Angka '${text}' pada kolom ${i + 1} ambigu: tulis tanpa titik untuk ribuan atau dengan koma untuk desimal (mis. 1234 atau 1,234)`,
          `Ambiguous number '${text}' at column ${i + 1}: write it without the dot for thousands or with a decimal comma (e.g. 1234 or 1,234)`,
        );
      }
      if (!parsed.ok || parsed.value === null) syntax(i, `angka '${text}' tidak sah`, `invalid number '${text}'`);
      toks.push({ t: 'num', value: new D(parsed.value), pos: i, text });
      i += text.length;
    } else if (/[A-Za-z_]/.test(c)) {
      IDENT.lastIndex = i;
      // A trailing dot is punctuation, not part of the name ("IP1." at the end of a sentence).
      const text = (IDENT.exec(src)?.[0] ?? c).replace(/\.+$/, '');
      pushName(text, i, text);
      i += text.length;
    } else if (c === '{') {
      const end = src.indexOf('}', i + 1);
      if (end < 0) syntax(i, "'{' tidak ditutup", "'{' is never closed");
      const raw = src.slice(i + 1, end);
      const inner = raw.indexOf('{');
      if (inner >= 0) syntax(i + 1 + inner, "'{' tidak diharapkan di dalam nama", "unexpected '{' inside a name");
      // Spacing inside braces is not meaningful: `{Jumlah  ASN}` and `{ Jumlah ASN }` are one name.
      const name = raw.replace(/\s+/g, ' ').trim();
      if (name === '') syntax(i, 'nama kosong dalam { }', 'empty name in { }');
      pushName(name, i, src.slice(i, end + 1));
      i = end + 1;
    } else {
      syntax(i, `karakter '${c}' tidak dikenal`, `unknown character '${c}'`);
    }
  }
  toks.push({ t: 'end', pos: src.length, text: '' });
  return { toks, names };
}

/** Recursive descent: expr := term (('+'|'-') term)*; term := unary (('*'|'/') unary)*; unary := '-' unary | primary. */
function parseTokens(toks: Tok[]): FormulaAst {
  let k = 0;
  let depth = 0;
  const peek = (): Tok => toks[Math.min(k, toks.length - 1)] as Tok;
  const unexpected = (t: Tok): never => {
    if (t.t === 'end') return syntax(t.pos, 'rumus berakhir terlalu cepat', 'unexpected end of formula');
    const prev = toks[k - 1];
    // The seeds write `Jumlah ASN`; point to the brace syntax instead of a bare "unexpected".
    const hint = t.t === 'name' && prev?.t === 'name' ? [' (tulis nama berspasi dalam { }, mis. {Jumlah ASN})', ' (write names with spaces in { }, e.g. {Jumlah ASN})'] : ['', ''];
    const what = t.t === 'name' ? [`nama '${t.name}'`, `name '${t.name}'`] : t.t === 'num' ? [`angka '${t.text}'`, `number '${t.text}'`] : [`'${t.text}'`, `'${t.text}'`];
    return syntax(t.pos, `${what[0]} tidak diharapkan${hint[0]}`, `unexpected ${what[1]}${hint[1]}`);
  };
  const deeper = (pos: number): void => {
    if (++depth > MAX_DEPTH) syntax(pos, 'rumus bersarang terlalu dalam', 'formula nested too deeply');
  };
  const binary = (ops: Op[], next: () => FormulaAst): FormulaAst => {
    let left = next();
    for (;;) {
      const t = peek();
      if (t.t !== 'op' || !ops.includes(t.op)) return left;
      k++;
      left = { type: 'bin', op: t.op, left, right: next(), pos: t.pos };
    }
  };
  const expr = (): FormulaAst => binary(['+', '-'], term);
  const term = (): FormulaAst => binary(['*', '/'], unary);
  const unary = (): FormulaAst => {
    const t = peek();
    if (t.t === 'op' && t.op === '-') {
      k++;
      deeper(t.pos);
      const arg = unary();
      depth--;
      return { type: 'neg', arg, pos: t.pos };
    }
    return primary();
  };
  const primary = (): FormulaAst => {
    const t = peek();
    if (t.t === 'num') {
      k++;
      return { type: 'num', value: t.value, pos: t.pos };
    }
    if (t.t === 'name') {
      k++;
      return { type: 'name', name: t.name, pos: t.pos };
    }
    if (t.t !== 'open') return unexpected(t);
    k++;
    deeper(t.pos);
    const inner = expr();
    depth--;
    const c = peek();
    if (c.t === 'end') syntax(t.pos, `'${t.text}' tidak ditutup`, `'${t.text}' is never closed`);
    if (c.t !== 'close') return unexpected(c);
    if (c.text !== t.close) {
      syntax(c.pos, `'${c.text}' tidak cocok dengan '${t.text}' pada kolom ${t.pos + 1}`, `'${c.text}' does not match '${t.text}' at column ${t.pos + 1}`);
    }
    k++;
    return inner;
  };
  const ast = expr();
  if (peek().t !== 'end') unexpected(peek());
  return ast;
}

/** Parses a formula; never throws. Positions in errors are 0-based indexes into `src`. */
export function parseFormula(src: string): ParseResult {
  try {
    if (src.length > MAX_LENGTH) syntax(MAX_LENGTH, 'rumus terlalu panjang', 'formula too long');
    const { toks, names } = lex(src);
    if (toks.length === 1) syntax(0, 'rumus kosong', 'empty formula');
    return { ok: true, ast: parseTokens(toks), names };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.error };
    throw e;
  }
}

/** Names a formula refers to (once each, in order of appearance); empty when it does not parse. For dependency tracking. */
export function formulaNames(src: string): string[] {
  const r = parseFormula(src);
  return r.ok ? r.names : [];
}

/**
 * Evaluates exactly with decimal.js. `lookup` returns `undefined` for a name that does not exist
 * (an `unknown-name` error — a typo must never count as zero) and `null` for a known name without
 * a value in the period (result `value: null` listing `missing`). Unknown names are reported
 * before anything else, the first in source order; division by a zero divisor is an error at the
 * operator even when other inputs are missing.
 */
export function evaluateFormula(ast: FormulaAst, lookup: (name: string) => Dec | null | undefined): FormulaResult {
  const values = new Map<string, Dec | null>();
  const missing: string[] = [];
  const resolve = (n: FormulaAst): void => {
    if (n.type === 'name') {
      if (values.has(n.name)) return;
      const v = lookup(n.name);
      if (v === undefined) {
        fail('unknown-name', n.pos, `Nama '${n.name}' tidak dikenal (kolom ${n.pos + 1})`, `Unknown name '${n.name}' (column ${n.pos + 1})`, n.name);
      }
      // Re-wrap so a value from another Decimal clone still computes at our precision.
      values.set(n.name, v === null ? null : new D(v));
      if (v === null) missing.push(n.name);
    } else if (n.type === 'neg') resolve(n.arg);
    else if (n.type === 'bin') {
      resolve(n.left);
      resolve(n.right);
    }
  };
  const ev = (n: FormulaAst): Dec | null => {
    switch (n.type) {
      case 'num':
        return n.value;
      case 'name':
        return values.get(n.name) ?? null;
      case 'neg': {
        const a = ev(n.arg);
        return a === null ? null : a.neg();
      }
      case 'bin': {
        const a = ev(n.left);
        const b = ev(n.right);
        if (n.op === '/' && b !== null && b.isZero()) {
          fail('division-by-zero', n.pos, `Pembagian dengan nol pada kolom ${n.pos + 1}`, `Division by zero at column ${n.pos + 1}`);
        }
        if (a === null || b === null) return null;
        return n.op === '+' ? a.plus(b) : n.op === '-' ? a.minus(b) : n.op === '*' ? a.times(b) : a.div(b);
      }
    }
  };
  try {
    resolve(ast);
    const v = ev(ast);
    // Normalise -0 so callers never see a signed zero.
    return { ok: true, value: missing.length > 0 || v === null ? null : v.isZero() ? new D(0) : v, missing };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.error };
    throw e;
  }
}

/** The message of a formula error in one language, ready to show next to the formula. */
export function formatFormulaError(e: FormulaError, lang: 'id' | 'en'): string {
  return e.message[lang];
}
