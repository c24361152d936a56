import type { AnswerValue, Respondent } from '@clusterlens/schema';
import { AnswerColumns, RowTarget } from './answer-columns.js';
import { TextList } from './text-list.js';

/**
 * The members of one Responses sheet, as compact as the schema's shapes allow. Every
 * member's id and row are kept in a TextList and a typed array, which also find a repeated id
 * (`firstRowOf`). Once compacted (at COMPACT_FROM members), the members are a read-only array
 * (listHandler) of views, each made when first read, that read as the schema's Respondent —
 * `id`, `chainRole`, `answers` (an AnswerColumns view), `nonAnswers` when there are some,
 * `source` — for reading, `in`, Object.keys, spreading and JSON; `answers`, `nonAnswers` and
 * `source` are new objects at every read.
 *
 * Why: as plain objects a member costs some 250 bytes beside its answers (itself, its source,
 * its answers' view, its id, the map of ids), 50 MB for 200,000 members; in the list about 20
 * (id, row, id lookup) until it is read, so the heap does not grow with the members while reading.
 */
/** `array`, or a copy of twice its length when `index` is past its end. */
function withRoom(array: Int32Array<ArrayBuffer>, index: number): Int32Array<ArrayBuffer> {
  if (index < array.length) return array;
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

export class MemberTable {
  private readonly ids = new TextList();
  /** The ids with capitals, in lower case, and the member of each: with `ids`, they find an id that differs from another only in letter case. */
  private readonly folded = new TextList();
  private foldedMembers = new Int32Array(64);
  private rows = new Int32Array(1024);
  private answers: AnswerColumns | undefined;
  private readonly nonAnswers = new Map<number, Readonly<Record<string, string>>>();
  private readonly handler: ProxyHandler<RowTarget>;

  /** `questions`: the ids of the sheet's answer columns, in sheet order; `chainRole`: which of them gives the chain role. */
  constructor(
    private readonly questions: readonly string[],
    chainRole: string,
    file: string,
    sheet: string,
  ) {
    const read = (target: RowTarget, key: string): unknown => {
      const member = target.row;
      switch (key) {
        case 'id':
          return this.ids.get(member);
        case 'chainRole': {
          const role = this.answers!.get(member, chainRole);
          return typeof role === 'string' ? role : null;
        }
        case 'answers':
          return this.answers!.view(target);
        case 'nonAnswers': {
          const found = this.nonAnswers.get(member);
          return found && { ...found };
        }
        case 'source':
          return { file, sheet, row: this.rows[member] };
        default:
          return undefined;
      }
    };
    const keys = (target: RowTarget) => (this.nonAnswers.has(target.row) ? WITH_NON_ANSWERS : PLAIN);
    const isKey = (target: RowTarget, key: string | symbol): key is string => typeof key === 'string' && keys(target).includes(key);
    this.handler = {
      get: (target, key, receiver) => (isKey(target, key) ? read(target, key) : Reflect.get(Object.prototype, key, receiver)),
      has: (target, key) => isKey(target, key) || key in Object.prototype,
      ownKeys: (target) => [...keys(target)],
      getOwnPropertyDescriptor: (target, key) =>
        isKey(target, key) ? { value: read(target, key), writable: false, enumerable: true, configurable: true } : undefined,
      getPrototypeOf: () => Object.prototype,
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    };
  }

  /** The sheet row of the first member with `id`; undefined when there is none. */
  firstRowOf(id: string): number | undefined {
    const member = this.ids.find(id);
    return member === -1 ? undefined : this.rows[member];
  }

  /**
   * The id and sheet row of an earlier member whose id differs from `id` only in letter case
   * ("ZL-0005" before "zl-0005"); undefined when there is none. Asked of an id that is no repeat.
   */
  caseTwinOf(id: string): { id: string; row: number } | undefined {
    const lower = id.toLowerCase();
    const exact = lower === id ? -1 : this.ids.find(lower);
    const at = exact === -1 ? this.folded.find(lower) : -1;
    const member = exact !== -1 ? exact : at === -1 ? -1 : this.foldedMembers[at]!;
    return member === -1 ? undefined : { id: this.ids.get(member), row: this.rows[member]! };
  }

  /** Records the next member's id and sheet row; every member is recorded, in sheet order. */
  record(id: string, row: number): void {
    const member = this.ids.push(id);
    const lower = id.toLowerCase();
    if (lower !== id) {
      const at = this.folded.push(lower);
      this.foldedMembers = withRoom(this.foldedMembers, at);
      this.foldedMembers[at] = member;
    }
    this.rows = withRoom(this.rows, member);
    this.rows[member] = row;
  }

  /** Whether members are views (from COMPACT_FROM members on). */
  get compacted(): boolean {
    return this.answers !== undefined;
  }

  /**
   * Moves the answers of the members recorded so far (every member, in order; by answer
   * column, as `add` takes them) into the columns and returns the list of all members, for
   * the members still to come too (`add`).
   */
  compact(members: readonly { values: readonly (AnswerValue | undefined)[]; nonAnswers: Record<string, string> | undefined }[]): Respondent[] {
    this.answers = new AnswerColumns(this.questions);
    for (const { values, nonAnswers } of members) this.add(values, nonAnswers);
    return new Proxy([], this.listHandler()) as Respondent[];
  }

  /** Stores the answers of the member recorded last, once compacted: by answer column, in the order of the questions given to the constructor. */
  add(values: readonly (AnswerValue | undefined)[], nonAnswers: Record<string, string> | undefined): void {
    const member = this.answers!.storeRow(values);
    if (nonAnswers) this.nonAnswers.set(member, nonAnswers);
  }

  /**
   * The members as an array (Array.isArray, length, indexes, iteration, its methods, JSON)
   * that makes a member's view when it is first read: while reading, nothing is kept per
   * member but its columns. Read-only.
   */
  private listHandler(): ProxyHandler<Respondent[]> {
    const size = () => this.answers!.length;
    // A canonical array index below the size, read without making strings: scoring reads members by index many times over.
    const indexOf = (key: string | symbol): number => {
      if (typeof key !== 'string' || key.length === 0 || key.length > 10 || (key.length > 1 && key.charCodeAt(0) === 48)) return -1;
      let index = 0;
      for (let i = 0; i < key.length; i++) {
        const digit = key.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) return -1;
        index = index * 10 + digit;
      }
      return index < size() ? index : -1;
    };
    // Made on first read and kept, in chunks of fast arrays: reading keeps nothing per member, and
    // scoring, which goes over the members dozens of times, does not make them anew each time.
    const made: (Respondent | undefined)[][] = [];
    const member = (index: number): Respondent => {
      const chunk = (made[index >>> 12] ??= new Array<Respondent | undefined>(4096));
      return (chunk[index & 4095] ??= new Proxy(new RowTarget(index), this.handler) as unknown as Respondent);
    };
    // The array methods scoring goes through again and again, run over the members without the
    // two traps per member of Array.prototype's own (which the other methods use).
    type Visit = (respondent: Respondent, index: number, list: Respondent[]) => unknown;
    const methods: Record<string | symbol, (list: Respondent[]) => unknown> = {
      map: (list) => (visit: Visit, self?: unknown) => {
        const out: unknown[] = [];
        for (let i = 0, n = size(); i < n; i++) out.push(visit.call(self, member(i), i, list));
        return out;
      },
      filter: (list) => (visit: Visit, self?: unknown) => {
        const out: Respondent[] = [];
        for (let i = 0, n = size(); i < n; i++) if (visit.call(self, member(i), i, list)) out.push(member(i));
        return out;
      },
      forEach: (list) => (visit: Visit, self?: unknown) => {
        for (let i = 0, n = size(); i < n; i++) visit.call(self, member(i), i, list);
      },
      [Symbol.iterator]: () =>
        function* members() {
          for (let i = 0; i < size(); i++) yield member(i);
        },
    };
    return {
      get: (target, key, receiver) => {
        if (key === 'length') return size();
        if (Object.hasOwn(methods, key)) return methods[key]!(receiver as Respondent[]);
        const index = indexOf(key);
        return index === -1 ? Reflect.get(target, key, receiver) : member(index);
      },
      has: (target, key) => indexOf(key) !== -1 || Reflect.has(target, key),
      ownKeys: () => [...Array.from({ length: size() }, (_, index) => String(index)), 'length'],
      getOwnPropertyDescriptor: (target, key) => {
        // The empty array's own length stays unconfigurable; it is reported with the members' count.
        if (key === 'length') return { value: size(), writable: true, enumerable: false, configurable: false };
        const index = indexOf(key);
        return index === -1 ? Reflect.getOwnPropertyDescriptor(target, key) : { value: member(index), writable: false, enumerable: true, configurable: true };
      },
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    };
  }
}

/** A respondent's keys, in the order of the plain objects read below COMPACT_FROM. */
const PLAIN = ['id', 'chainRole', 'answers', 'source'];
const WITH_NON_ANSWERS = ['id', 'chainRole', 'answers', 'nonAnswers', 'source'];
