/** Reading what a hookless component returns, without a DOM: its elements and its text. */
export interface Element {
  type: unknown;
  props: { children?: unknown } & Record<string, unknown>;
  /** Preact keeps an element's ref beside its props. */
  ref?: unknown;
}

const isElement = (v: unknown): v is Element => typeof v === 'object' && v !== null && 'type' in v && 'props' in v;

/** Every element of a tree, with the elements it sits in (nested components are not called). */
export function* walk(v: unknown, within: Element[] = []): Generator<{ node: Element; within: Element[] }> {
  if (Array.isArray(v)) for (const c of v) yield* walk(c, within);
  else if (isElement(v)) {
    yield { node: v, within };
    yield* walk(v.props.children, [...within, v]);
  }
}

export const text = (v: unknown): string =>
  Array.isArray(v) ? v.map(text).join('') : isElement(v) ? text(v.props.children) : typeof v === 'string' || typeof v === 'number' ? String(v) : '';
