import { html } from 'htm/preact';
import type { ComponentChildren } from 'preact';

/**
 * A wide table scrolls sideways inside its own region on a narrow screen instead of widening the
 * page. The region is focusable so a keyboard can scroll it, and named so a screen reader says
 * what that focus stop holds.
 */
export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return html`<div class="scroll" role="region" aria-label=${label} tabindex="0">${children}</div>`;
}
