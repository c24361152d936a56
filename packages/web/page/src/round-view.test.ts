import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_MESSAGES } from './messages/index.js';
import { RunSection, UploadsTable } from './round-view.js';
import { LangNote } from './lang-note.js';
import { IDLE } from './run-state.js';
import { ScrollRegion } from './scroll-region.js';
import { text, walk } from './test-vnodes.js';

describe('the run section', () => {
  it('moves focus to the run’s status before the Run button is disabled', () => {
    const calls: string[] = [];
    const status = { current: { focus: () => calls.push('focus') } as unknown as HTMLParagraphElement };
    const tree = RunSection({ t: PAGE_MESSAGES.en, lang: 'en', run: IDLE, issues: [], runnable: true, startRun: () => calls.push('start'), showResults: () => undefined, status });
    const nodes = [...walk(tree)].map(({ node }) => node);
    const button = nodes.find((n) => n.type === 'button' && n.props.class === 'primary')!;
    (button.props.onClick as () => void)();
    expect(calls).toEqual(['focus', 'start']);
    expect(nodes.find((n) => n.ref === status)?.props).toMatchObject({ role: 'status', tabindex: '-1' });
  });
});

describe('the language note', () => {
  it('names the report’s language of the problems the assessment worded once, only where it is not the page’s', () => {
    const t = PAGE_MESSAGES.zh;
    expect(text(LangNote({ t, lang: 'zh', texts: [{ lang: 'zh' }, { lang: 'en' }, { lang: 'en' }] }))).toBe(t.run.otherLang(t.langNames.en));
    expect(LangNote({ t, lang: 'zh', texts: [{ lang: 'zh' }] })).toEqual([]);
  });
});

describe('the uploads table', () => {
  const t = PAGE_MESSAGES.zh;
  const uploads = [{ id: 'u1', name: 'a.xlsx', size: 2048, survey: true, ok: false, issues: [{ severity: 'error' as const, code: 'x', message: 'x' }], annotated: true }];
  const tree = UploadsTable({ t, lang: 'zh', uploads, remove: async () => undefined });

  it('downloads the annotated copy in the page’s language, whatever the browser’s', () => {
    const link = [...walk(tree)].find(({ node }) => node.type === 'a')!.node;
    expect(link.props.href).toBe('/api/uploads/u1/annotated?lang=zh');
  });

  it('scrolls inside a named region, and lets its cells wrap so the × stays on a phone’s screen', () => {
    expect((tree as { type: unknown }).type).toBe(ScrollRegion);
    const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
    expect(css).not.toMatch(/td\.actions\s*\{[^}]*nowrap/u);
    expect(css).toMatch(/table\.files\s*\{[^}]*min-width:\s*0/u);
  });
});
