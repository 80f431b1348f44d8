// Types for scripts/widgets.mjs.
export interface Widget {
  /** URL path of the page the widget is on. */
  page: string;
  /** Index of its astro-island among the page's islands. */
  index: number;
  /** data-widget: the widget's name. */
  name: string;
  /** The query-string prefix of its state (`<root id>.` or data-url-prefix), if any. */
  urlPrefix: string | null;
  /** data-race: a multi-optimizer race frame (16 ms budget instead of 8 ms). */
  race: boolean;
  /** The island was server-rendered with a non-empty first frame. */
  ssr: boolean;
  hasMainControl: boolean;
}
export const MAIN_CONTROL_SELECTORS: readonly string[];
export function widgetsInHtml(
  html: string,
  page: string,
): { widgets: Widget[]; problems: string[] };
export function urlOfPage(file: string): string;
export function discoverWidgets(dist?: string): { widgets: Widget[]; problems: string[] };
