import type { AnswerValue, Respondent } from '@clusterlens/schema';
import { Column } from './answer-column.js';

/**
 * The answers of a Responses sheet held by question rather than by member: one column per
 * question (answer-column.ts: typed arrays, each distinct text stored once). A respondent's
 * `answers` is a read-only view of its row that behaves as the schema's
 * `Record<string, AnswerValue>` (keys in question order, unanswered questions absent) for
 * reading, `in`, Object.keys, spreading and JSON; it cannot be structured-cloned (plainSurvey).
 *
 * Why: a plain object per member costs about 1.4 KB (its own hidden classes, since members
 * leave different questions blank, and a boxed number per decimal), so 200,000 members needed
 * some 300 MB; the columns need a few bytes per cell.
 */

/** What a view's proxy wraps: its row (a plain object's prototype is reported, not this class's). */
export class RowTarget {
  constructor(readonly row: number) {}
}

/** A copy of a list answer, so a caller changing its list cannot change another member's answer. */
const handOut = (value: AnswerValue | undefined) => (Array.isArray(value) ? [...value] : value);

/** The answer columns of one sheet's questions; `add` stores one member's and returns its view. */
export class AnswerColumns {
  private readonly columns: Column[];
  private readonly position = new Map<string, number>();
  private readonly handler: ProxyHandler<RowTarget>;
  /** The rows whose keys were listed last, all their answers read: comparing or copying two views asks for each key again. */
  private recent: { target: RowTarget; values: (AnswerValue | undefined)[] }[] = [];
  private rows = 0;

  /** How many members' answers are stored. */
  get length(): number {
    return this.rows;
  }

  /** `questions`: the ids of the sheet's answer columns, in the order the answers list them. */
  constructor(questions: readonly string[]) {
    this.columns = questions.map(() => new Column());
    questions.forEach((id, at) => this.position.set(id, at));
    // The key order of a plain object built in that order (integer-like keys first).
    const keys = Object.keys(Object.fromEntries(questions.map((id) => [id, true])));
    const order = keys.map((id) => this.position.get(id)!);
    const cell = (target: RowTarget, key: string | symbol) => {
      const at = typeof key === 'string' ? this.position.get(key) : undefined;
      if (at === undefined) return undefined;
      const recent = this.recent.find((entry) => entry.target === target);
      return recent ? recent.values[at] : this.columns[at]!.get(target.row);
    };
    const isQuestion = (key: string | symbol): boolean => typeof key === 'string' && this.position.has(key);
    this.handler = {
      get: (target, key, receiver) => (isQuestion(key) ? handOut(cell(target, key)) : Reflect.get(Object.prototype, key, receiver)),
      has: (target, key) => (isQuestion(key) ? cell(target, key) !== undefined : key in Object.prototype),
      ownKeys: (target) => {
        const values = this.columns.map((column) => column.get(target.row));
        this.recent = [{ target, values }, ...this.recent.slice(0, 1)];
        return keys.filter((_, i) => values[order[i]!] !== undefined);
      },
      getOwnPropertyDescriptor: (target, key) => {
        const value = cell(target, key);
        return value === undefined ? undefined : { value: handOut(value), writable: false, enumerable: true, configurable: true };
      },
      getPrototypeOf: () => Object.prototype,
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    };
  }

  /** Stores one member's answers (question id → value; ids outside the sheet's questions are not kept) and returns its row. */
  store(answers: readonly (readonly [string, AnswerValue])[]): number {
    const row = this.rows++;
    for (const [id, value] of answers) {
      const at = this.position.get(id);
      if (at !== undefined) this.columns[at]!.set(row, value);
    }
    return row;
  }

  /** Stores one member's answers given by column (undefined: none) and returns its row. */
  storeRow(values: readonly (AnswerValue | undefined)[]): number {
    const row = this.rows++;
    for (let at = 0; at < values.length; at++) if (values[at] !== undefined) this.columns[at]!.set(row, values[at]!);
    return row;
  }

  /** Stores one member's answers and returns its view. */
  add(answers: readonly (readonly [string, AnswerValue])[]): Record<string, AnswerValue> {
    return this.view(new RowTarget(this.store(answers)));
  }

  /** The answers of `target`'s row as a record; a new view each time, over the same row. */
  view(target: RowTarget): Record<string, AnswerValue> {
    return new Proxy(target, this.handler) as unknown as Record<string, AnswerValue>;
  }

  /** One answer (undefined: none); a list answer is a copy. */
  get(row: number, question: string): AnswerValue | undefined {
    const at = this.position.get(question);
    return at === undefined ? undefined : handOut(this.columns[at]!.get(row));
  }
}

/**
 * From how many members a sheet's answers are kept in columns. Below, plain objects cost little
 * (about 7 MB for 5,000 members) and are quicker to compare, copy and serialise than views.
 */
export const COMPACT_FROM = 5000;

/**
 * The survey with every member's answers as a plain object: what a worker thread sends back,
 * since a view cannot be structured-cloned (postMessage). Costs the memory the views save.
 */
export function plainSurvey<T extends { respondents: readonly Respondent[] }>(survey: T): T {
  return { ...survey, respondents: survey.respondents.map((respondent) => ({ ...respondent, answers: { ...respondent.answers } })) };
}
