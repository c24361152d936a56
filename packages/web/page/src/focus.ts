/**
 * Moves keyboard focus to a view and shows it from its top. focus() alone scrolls only as far as
 * needed to show some of the element, which leaves a tall view shown from the middle.
 */
export function focusTop(element: Pick<HTMLElement, 'focus' | 'scrollIntoView'> | null): void {
  element?.focus({ preventScroll: true });
  element?.scrollIntoView({ block: 'start' });
}
