/**
 * Keeps the focused control clear of sticky UI (WCAG 2.4.11): the bottom navigation and the
 * sticky save or step bars are marked `data-sticky`, and whatever takes focus is scrolled out
 * from under them. The root's scroll-padding is set to the band they cover, so the browser's
 * own scrolling (the caret while typing, scrollIntoView) keeps clear of them too.
 *
 * Why a listener and not only CSS: the bars' height depends on the page and on wrapping, and
 * Chromium scrolls the focused *input*, which for a react-aria radio, checkbox or switch is a
 * 1-px hidden input inside its label: the label the person sees can stay under a bar.
 */
import { useEffect } from 'react';

/** Room for the focus ring (3 px outline, 2 px offset) and a little air. */
const MARGIN = 8;

interface Band {
  top: number;
  bottom: number;
}

/** The part of the viewport that no stuck bar covers (bars holding `target` do not count). */
function clearBand(target: Element | null): Band {
  const height = document.documentElement.clientHeight;
  const band = { top: 0, bottom: height };
  for (const bar of document.querySelectorAll<HTMLElement>('[data-sticky]')) {
    if (target && bar.contains(target)) continue;
    const r = bar.getBoundingClientRect();
    if (r.height === 0 || r.bottom <= 0 || r.top >= height) continue;
    // Under a modal's overlay a bar covers nothing: only a bar that is on top counts.
    const y = (Math.max(r.top, 0) + Math.min(r.bottom, height)) / 2;
    const onTop = document.elementFromPoint(r.left + r.width / 2, y);
    if (!onTop || !bar.contains(onTop)) continue;
    const style = getComputedStyle(bar);
    if (bar.dataset.sticky === 'top') {
      // A sticky bar covers content only while stuck; in its own place it is just content.
      const stuck =
        style.position === 'fixed' || Math.abs(r.top - Number.parseFloat(style.top)) < 2;
      if (stuck) band.top = Math.max(band.top, r.bottom);
    } else {
      const offset = Number.parseFloat(style.bottom);
      const stuck = style.position === 'fixed' || Math.abs(height - offset - r.bottom) < 2;
      if (stuck) band.bottom = Math.min(band.bottom, r.top);
    }
  }
  return band;
}

/** What the person sees of a control: a visually hidden input's label, else the element. */
function visibleBox(el: Element): Element {
  return el.closest('label') ?? el;
}

/**
 * Sets the root's scroll-padding to the band the stuck bars cover and scrolls `box` into the
 * clear band. Without `always`, a box entirely above the viewport stays put: it was focused
 * with preventScroll on purpose (a heading). One below it moves: it is about to be typed
 * into, and the browser's own caret scrolling would leave it at the very bottom, under the bars.
 */
function reveal(box: Element, target: Element | null, always = false) {
  const band = clearBand(target);
  const root = document.documentElement;
  root.style.scrollPaddingTop = `${band.top + MARGIN}px`;
  root.style.scrollPaddingBottom = `${root.clientHeight - band.bottom + MARGIN}px`;
  const r = box.getBoundingClientRect();
  const inside = r.top - MARGIN >= band.top && r.bottom + MARGIN <= band.bottom;
  if (inside || (r.bottom <= 0 && !always)) return;
  // Taller than the band: show its start (a heading, the caret of an empty field).
  const fits = r.height + 2 * MARGIN <= band.bottom - band.top;
  box.scrollIntoView({ block: fits ? 'nearest' : 'start', inline: 'nearest' });
}

/**
 * Moves focus to `el` (the heading of a region that just changed, or a control) and scrolls
 * `region` (default: what the person sees of `el`) into the clear band, e.g. a whole timer
 * with its button, so nothing that just appeared sits under the navigation.
 */
export function moveFocus(el: HTMLElement | null, region?: Element | null) {
  if (!el) return;
  el.focus({ preventScroll: true });
  reveal(region ?? visibleBox(el), el, true);
}

/** Scrolls `box` (e.g. a hint that just appeared under a focused field) clear of the bars. */
export function keepInSight(box: Element | null) {
  if (box) reveal(box, document.activeElement, true);
}

/** Installs the listener once, in the app shell. */
export function useFocusClearOfStickyBars() {
  useEffect(() => {
    let frame = 0;
    const onFocus = (e: FocusEvent) => {
      const target = e.target;
      if (!(target instanceof Element)) return;
      cancelAnimationFrame(frame);
      // After the browser's own scroll for the focus, and only if focus is still there.
      frame = requestAnimationFrame(() => {
        if (document.activeElement === target) reveal(visibleBox(target), target);
      });
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', onFocus);
    };
  }, []);
}
