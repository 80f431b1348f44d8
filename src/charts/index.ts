/** The public API of the charts layer: pure builders, data and options → an SVG from Plot. */

export type { CurvePoint } from './finite';
export { finiteExtent, finitePoints } from './finite';
export type {
  LossCurveBaseOptions,
  LossCurveChartOptions,
  LossCurveCurrent,
  LossCurveSvg,
} from './lossCurveChart';
export {
  LOSS_CURVE_ASPECT,
  LOSS_CURVE_MARGIN,
  applyLossCurveCurrent,
  lossCurveBase,
  lossCurveChart,
  lossCurveHeight,
  lossCurveYDomain,
} from './lossCurveChart';
export type { MarkerGeometry, MarkerScales, Segment } from './lossCurveMarker';
export { FLAT_SLOPE, createLossCurveMarker, lossCurveMarkerGeometry } from './lossCurveMarker';
