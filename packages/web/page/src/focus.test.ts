import { describe, expect, it } from 'vitest';
import { focusTop } from './focus.js';

describe('moving to another view', () => {
  it('focuses the view and scrolls to its top', () => {
    const calls: unknown[] = [];
    focusTop({ focus: (options) => calls.push(['focus', options]), scrollIntoView: (options) => calls.push(['scroll', options]) });
    expect(calls).toEqual([['focus', { preventScroll: true }], ['scroll', { block: 'start' }]]);
  });
});
