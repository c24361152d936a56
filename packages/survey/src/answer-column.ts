import type { AnswerValue } from '@clusterlens/schema';

/**
 * One question's answers in chunks of typed arrays: numbers as whole numbers in the narrowest
 * signed array that holds them (1, 2 or 4 bytes a cell), with a power of ten per chunk so one
 * or a few decimals stay exact (12.5 as 125 ÷ 10), else as doubles (NaN for "no answer"); any
 * other value as an index into the column's own table of distinct values (in the narrowest
 * unsigned array), so a choice code, a yes/no or a repeated text is stored once. See AnswerColumns.
 */

const CHUNK = 4096;
const SCALES = [1, 10, 100, 1000];

type Whole = Int8Array | Int16Array | Int32Array;
type Refs = Uint8Array | Uint16Array | Uint32Array;

/** The whole-number arrays, narrowest first, with the value meaning "no answer" in each (their minimum, never stored). */
const WHOLE = [
  { make: (n: number) => new Int8Array(n), none: -0x80 },
  { make: (n: number) => new Int16Array(n), none: -0x8000 },
  { make: (n: number) => new Int32Array(n), none: -0x80000000 },
];

const noneOf = (array: Whole) => (array instanceof Int8Array ? WHOLE[0]! : array instanceof Int16Array ? WHOLE[1]! : WHOLE[2]!).none;

/** The fewest decimals (an index into SCALES) at which `value` is a whole number that divides back to exactly it; -1 for none (and for -0). */
function scaleOf(value: number): number {
  if (Object.is(value, -0)) return -1;
  for (let scale = 0; scale < SCALES.length; scale++) {
    const whole = Math.round(value * SCALES[scale]!);
    if (Math.abs(whole) < 0x80000000 && whole / SCALES[scale]! === value) return scale;
  }
  return -1;
}

/** One chunk of a column's numbers, filled in row order. */
class Numbers {
  private cells: Whole | Float64Array;
  private scale: number;
  /** Past the last cell set: the cells a rebuild has to copy. */
  private end = 0;

  /**
   * Starts in the array and scale the chunk before ended in, when that held whole numbers: a
   * column's numbers mostly keep their range, so later chunks are seldom rebuilt.
   */
  /** Starts in the array and scale the chunk before ended in, unless doubles: a column's numbers mostly keep their range, so later chunks are seldom rebuilt. */
  constructor(previous: Numbers | undefined) {
    const before = previous?.cells;
    if (before && !(before instanceof Float64Array)) {
      const none = noneOf(before);
      this.cells = WHOLE.find((kind) => kind.none === none)!.make(CHUNK).fill(none);
      this.scale = previous!.scale;
    } else {
      this.cells = new Int8Array(CHUNK).fill(WHOLE[0]!.none);
      this.scale = 0;
    }
  }

  set(at: number, value: number): void {
    if (at >= this.end) this.end = at + 1;
    const cells = this.cells;
    if (!(cells instanceof Float64Array)) {
      const needed = scaleOf(value);
      if (needed !== -1) {
        const scale = Math.max(needed, this.scale);
        const whole = Math.round(value * SCALES[scale]!);
        if (scale === this.scale && Math.abs(whole) < -noneOf(cells)) {
          cells[at] = whole;
          return;
        }
        if (this.rebuild(scale, whole)) {
          this.cells[at] = whole;
          return;
        }
      }
      this.toDoubles();
    }
    this.cells[at] = value;
  }

  get(at: number): number | undefined {
    const cells = this.cells;
    const cell = cells[at]!;
    if (cells instanceof Float64Array) return Number.isNaN(cell) ? undefined : cell;
    return cell === noneOf(cells) ? undefined : this.scale === 0 ? cell : cell / SCALES[this.scale]!;
  }

  /** Moves the chunk to `scale` in the narrowest array that holds its numbers and `whole`; false when none does. */
  private rebuild(scale: number, whole: number): boolean {
    const old = this.cells as Whole;
    const none = noneOf(old);
    const factor = SCALES[scale - this.scale]!;
    let largest = Math.abs(whole);
    for (let i = 0; i < this.end; i++) if (old[i] !== none) largest = Math.max(largest, Math.abs(old[i]! * factor));
    const kind = WHOLE.find((candidate) => largest < -candidate.none);
    if (!kind) return false;
    const cells = kind.make(CHUNK).fill(kind.none);
    for (let i = 0; i < this.end; i++) if (old[i] !== none) cells[i] = old[i]! * factor;
    this.cells = cells;
    this.scale = scale;
    return true;
  }

  private toDoubles(): void {
    const doubles = new Float64Array(CHUNK).fill(Number.NaN);
    for (let i = 0; i < this.end; i++) doubles[i] = this.get(i) ?? Number.NaN;
    this.cells = doubles;
  }
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
  private readonly texts = new Map<string, number>();
  private readonly index = new Map<string | boolean, number>();

  set(row: number, value: AnswerValue): void {
    const chunk = Math.floor(row / CHUNK);
    if (typeof value === 'number') {
      (this.numbers[chunk] ??= new Numbers(this.numbers[chunk - 1])).set(row % CHUNK, value);
      return;
    }
    // Texts in a map of their own, so no key is built per cell; lists (by their JSON) and booleans in the other.
    const index: Map<string | boolean, number> = typeof value === 'string' ? this.texts : this.index;
    const key = Array.isArray(value) ? JSON.stringify(value) : value;
    let ref = index.get(key);
    if (ref === undefined) {
      ref = this.values.push(Array.isArray(value) ? [...value] : value);
      index.set(key, ref);
    }
    this.refs[chunk] = storeRef(this.refs[chunk], row % CHUNK, ref);
  }

  /** The answer of `row` (undefined: none). A list answer is the stored one: copy it before handing it out. */
  get(row: number): AnswerValue | undefined {
    const chunk = Math.floor(row / CHUNK);
    const ref = this.refs[chunk]?.[row % CHUNK] ?? 0;
    if (ref > 0) return this.values[ref - 1];
    return this.numbers[chunk]?.get(row % CHUNK);
  }
}
