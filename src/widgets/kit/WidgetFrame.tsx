import type { ComponentChildren } from 'preact';
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
  readonly children: ComponentChildren;
}

/** The root element every widget renders: class "widget", data-widget, a named group. */
export function WidgetFrame({ name, id, label, children, ...rest }: WidgetFrameProps) {
  return (
    <div
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
