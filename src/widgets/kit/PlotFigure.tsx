/// <reference types="vite/client" />
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { serverDocument } from './serverDocument';

/** What a chart builder gets from `PlotFigure`: the width to draw at and, on the server, a document. */
export interface ChartContext {
  readonly width: number;
  readonly document?: Document;
}

/** A Plot output: an element, with `scale('x')` when it came from `Plot.plot`. */
export type ChartElement = Element & {
  scale?: (name: 'x') => { invert?: (px: number) => unknown } | undefined;
};

/** Props of `PlotFigure`. */
export interface PlotFigureProps<E extends ChartElement> {
  /**
   * Builds the chart for a width. Memoize it (useCallback) on the data it draws: a new function
   * means a rebuild.
   */
  readonly chart: (context: ChartContext) => E;
  /**
   * Applies what changes on every input event to the built chart (e.g. moves a point), cheaply,
   * without a rebuild. Memoize it too: a new function means a new update.
   */
  readonly update?: (element: E) => void;
  /** Width ÷ height of the chart; the frame keeps it, so nothing shifts when the client redraws. */
  readonly aspect: number;
  /** Width the server renders at (the client redraws at the frame's measured width). */
  readonly serverWidth?: number;
  /**
   * Makes the chart a keyboard stop with this accessible name (role group), for charts whose
   * point can be moved with the arrow keys; pair it with `onKeyDown`.
   */
  readonly focusLabel?: string;
  readonly onKeyDown?: (event: KeyboardEvent) => void;
  /** Pointer down or drag on the chart, with the pointer's x in data units (the x scale inverted). */
  readonly onPointerX?: (x: number) => void;
}

const emptyHtml = { __html: '' };

/**
 * Renders a chart builder's output. On the server the chart is built with happy-dom's document
 * and written into the HTML, so the first frame needs no JavaScript; in the browser it is rebuilt
 * with the real document before paint (useLayoutEffect) at the frame's width, replacing the
 * server SVG in a frame of fixed aspect ratio.
 */
export function PlotFigure<E extends ChartElement>(props: PlotFigureProps<E>) {
  const { chart, update, aspect, serverWidth = 640, onPointerX } = props;
  const frame = useRef<HTMLDivElement>(null);
  const current = useRef<E | null>(null);
  const applied = useRef<((element: E) => void) | undefined>(undefined);
  const dragging = useRef(false);
  const [width, setWidth] = useState<number | null>(null);

  // Server: build now, into the HTML. Client: leave the server's markup alone while hydrating
  // (Preact does not reset innerHTML during hydration); the layout effect below replaces it.
  let html = emptyHtml;
  if (import.meta.env.SSR && serverDocument) {
    const svg = chart({ width: serverWidth, document: serverDocument });
    update?.(svg);
    html = { __html: svg.outerHTML };
  }

  useLayoutEffect(() => {
    const el = frame.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.clientWidth);
      setWidth(w > 0 ? w : serverWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [serverWidth]);

  useLayoutEffect(() => {
    const el = frame.current;
    if (!el || width === null) return;
    const svg = chart({ width });
    update?.(svg);
    applied.current = update;
    el.replaceChildren(svg);
    current.current = svg;
    // `update` is applied here on a rebuild and by the next effect otherwise.
  }, [chart, width]);

  useLayoutEffect(() => {
    const svg = current.current;
    if (!svg || !update || applied.current === update) return;
    update(svg);
    applied.current = update;
  }, [update]);

  const pointerX = (e: PointerEvent): number | undefined => {
    const svg = current.current;
    const invert = svg?.scale?.('x')?.invert;
    if (!svg || !invert) return undefined;
    const rect = svg.getBoundingClientRect();
    const drawn = Number(svg.getAttribute('width')) || rect.width;
    const k = rect.width > 0 ? drawn / rect.width : 1;
    const x = Number(invert((e.clientX - rect.left) * k));
    return Number.isFinite(x) ? x : undefined;
  };
  const emit = (e: PointerEvent) => {
    const x = pointerX(e);
    if (x !== undefined) onPointerX?.(x);
  };

  const interactive: JSX.HTMLAttributes<HTMLDivElement> = onPointerX
    ? {
        onPointerDown: (e) => {
          if (e.button !== 0) return;
          dragging.current = true;
          try {
            e.currentTarget.setPointerCapture(e.pointerId);
          } catch {
            // A synthetic or already-released pointer cannot be captured; dragging still works.
          }
          emit(e);
        },
        onPointerMove: (e) => {
          if (dragging.current) emit(e);
        },
        onPointerUp: () => {
          dragging.current = false;
        },
        onPointerCancel: () => {
          dragging.current = false;
        },
      }
    : {};
  const focusable: JSX.HTMLAttributes<HTMLDivElement> =
    props.focusLabel !== undefined
      ? {
          tabIndex: 0,
          role: 'group',
          'aria-label': props.focusLabel,
          ...(props.onKeyDown && { onKeyDown: props.onKeyDown }),
        }
      : {};

  return (
    <div
      ref={frame}
      class={onPointerX ? 'kit-plot interactive' : 'kit-plot'}
      style={{ aspectRatio: String(aspect) }}
      dangerouslySetInnerHTML={html}
      {...interactive}
      {...focusable}
    />
  );
}
