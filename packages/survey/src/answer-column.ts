import type { AnswerValue } from '@clusterlens/schema';

/**
 * One question's answers in chunks of typed arrays: numbers as whole numbers (Int32Array)
 * while a chunk's are, else as doubles (Float64Array, NaN for "no answer"); any other value as
 * an index into the column's own table of distinct values (in the narrowest unsigned array),
 * so a choice code, a yes/no or a repeated text is stored once. See AnswerColumns.
 */

const CHUNK = 4096;
/** "No answer" in a chunk of whole numbers (not itself a value an Int32Array cell can be asked to hold: see `fitsInt`). */
const NO_INT = -0x80000000;
const fitsInt = (value: number) => Number.isInteger(value) && value > NO_INT && value <= 0x7fffffff && !Object.is(value, -0);

type Numbers = Int32Array | Float64Array;
type Refs = Uint8Array | Uint16Array | Uint32Array;

/** A chunk's numbers as whole numbers while they all are (4 bytes a cell), else as doubles (NaN: no answer). */
function storeNumber(chunk: Numbers | undefined, at: number, value: number): Numbers {
  let numbers = chunk ?? new Int32Array(CHUNK).fill(NO_INT);
  if (numbers instanceof Int32Array && !fitsInt(value)) {
    const doubles = new Float64Array(CHUNK).fill(Number.NaN);
    numbers.forEach((whole, i) => whole !== NO_INT && (doubles[i] = whole));
    numbers = doubles;
  }
  numbers[at] = value;
  return numbers;
}

/** A chunk of value indexes (0: no value) in the narrowest array that holds `ref`. */
function storeRef(chunk: Refs | undefined, at: number, ref: number): Refs {
  let refs = chunk ?? new Uint8Array(CHUNK);
  if (ref > 0xff && refs instanceof Uint8Array) refs = Uint16Array.from(refs);
  if (ref > 0xffff && !(refs instanceof Uint32Array)) refs = Uint32Array.from(refs);
  refs[at] = ref;
  return refs;
}

/** One question's answers, by row (rows counted from 0 in the order members were added). */
export class Column {
  private readonly numbers: (Numbers | undefined)[] = [];
  private readonly refs: (Refs | undefined)[] = [];
  private readonly values: AnswerValue[] = [];
  private readonly index = new Map<string | boolean, number>();

  set(row: number, value: AnswerValue): void {
    const chunk = Math.floor(row / CHUNK);
    if (typeof value === 'number') {
      this.numbers[chunk] = storeNumber(this.numbers[chunk], row % CHUNK, value);
      return;
    }
    const key = Array.isArray(value) ? JSON.stringify(value) : typeof value === 'string' ? `s${value}` : value;
    let ref = this.index.get(key);
    if (ref === undefined) {
      ref = this.values.push(Array.isArray(value) ? [...value] : value);
      this.index.set(key, ref);
    }
    this.refs[chunk] = storeRef(this.refs[chunk], row % CHUNK, ref);
  }

  /** The answer of `row` (undefined: none). A list answer is the stored one: copy it before handing it out. */
  get(row: number): AnswerValue | undefined {
    const chunk = Math.floor(row / CHUNK);
    const ref = this.refs[chunk]?.[row % CHUNK] ?? 0;
    if (ref > 0) return this.values[ref - 1];
    const numbers = this.numbers[chunk];
    const number = numbers?.[row % CHUNK];
    if (number === undefined) return undefined;
    return numbers instanceof Int32Array ? (number === NO_INT ? undefined : number) : Number.isNaN(number) ? undefined : number;
  }
}
