import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import './widget.css';

/** Props of `WidgetFrame`. */
export interface WidgetFrameProps {
  /** The widget's component name, written to `data-widget`. */
  readonly name: string;
  /** Instance id (the URL prefix), written to `id`. */
  readonly id: string;
  /** Accessible name of the widget's group, e.g. 'Loss curve explorer'. */
  readonly label: string;
  readonly class?: string;
  /**
   * Keeps the frame at the tallest height it has had at the current width, so the text below
   * does not jump when a step or a drag makes the widget a few pixels shorter or taller (and the
   * browser does not repaint the page below on every input). For widgets whose height wobbles as
   * the reader steps or drags; not for ones that switch to different content.
   */
  readonly steadyHeight?: boolean;
  readonly children: ComponentChildren;
}

/** The root element every widget renders: class "widget", data-widget, a named group. */
export function WidgetFrame({
  name,
  id,
  label,
  steadyHeight,
  children,
  ...rest
}: WidgetFrameProps) {
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = root.current;
    if (!steadyHeight || !el || typeof ResizeObserver === 'undefined') return;
    let width = -1;
    // The frame only grows at a given width: a taller content raises the floor (the observer
    // fires), a shorter one leaves the box as it is (nothing to observe). A new width starts over
    // from the content's own height. `box-sizing: border-box` makes min-height the border box.
    const observer = new ResizeObserver(() => {
      const w = el.offsetWidth;
      if (w !== width) {
        width = w;
        el.style.minHeight = '';
      }
      const h = el.getBoundingClientRect().height; // fractional: offsetHeight rounds
      if (h > (parseFloat(el.style.minHeight) || 0)) el.style.minHeight = `${h}px`;
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      el.style.minHeight = '';
    };
  }, [steadyHeight]);
  return (
    <div
      ref={root}
      id={id}
      class={rest.class ? `widget ${rest.class}` : 'widget'}
      data-widget={name}
      data-pagefind-ignore
      role="group"
      aria-label={label}
    >
      {children}
    </div>
  );
}
