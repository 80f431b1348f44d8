/** The widget kit: native, labelled controls, the chart frame and URL state shared by widgets. */

import './widget.css';

export { Checkbox, type CheckboxProps } from './Checkbox';
export { CopyLinkButton, type CopyLinkButtonProps } from './CopyLinkButton';
export {
  PlotFigure,
  type ChartContext,
  type ChartElement,
  type PlotFigureProps,
} from './PlotFigure';
export { Readout, type ReadoutProps } from './Readout';
export { Select, type SelectGroup, type SelectOption, type SelectProps } from './Select';
export { Slider, decimalsForStep, type SliderProps } from './Slider';
export { WidgetFrame, type WidgetFrameProps } from './WidgetFrame';
export { useUrlWriter } from './useUrlWriter';
export * from './urlState';
export { Player, type PlayerProps } from './Player';
export * from './player';
