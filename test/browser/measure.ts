// Measurements run inside the page (as source text: the tests compile without the DOM library).

export interface Overflow {
  tag: string;
  cls: string;
  text: string;
  right: number;
  scroll: number;
  client: number;
}

/** Elements matching `selector` that reach past `width` px, or whose content is wider than their box. */
export const overflowing = (selector: string, width: number): string => `(() => {
  return [...document.querySelectorAll(${JSON.stringify(selector)})]
    .map((e) => ({ tag: e.tagName, cls: String(e.className), text: (e.textContent || '').trim().slice(0, 40),
      right: e.getBoundingClientRect().right, scroll: e.scrollWidth, client: e.clientWidth }))
    .filter((e) => e.right > ${width} + 0.5 || e.scroll > e.client + 1);
})()`;

/** The document's full width (what would need a horizontal scroll). */
export const PAGE_WIDTH = 'document.documentElement.scrollWidth';
