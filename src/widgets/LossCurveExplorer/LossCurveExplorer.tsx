import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  FLAT_SLOPE,
  LOSS_CURVE_ASPECT,
  applyLossCurveCurrent,
  lossCurveBase,
  type LossCurveSvg,
} from '~/charts';
import { fmt, fmtSig } from '~/lib/format';
import {
  Checkbox,
  CopyLinkButton,
  PlotFigure,
  Readout,
  Select,
  Slider,
  WidgetFrame,
  decimalsForStep,
  urlWithState,
  useUrlWriter,
  type ChartContext,
} from '../kit';
import {
  U_STEP,
  availableLosses,
  clampU,
  currentPoint,
  downhillText,
  entryOf,
  initialState,
  lossCurves,
  lossMenu,
  plainSymbol,
  stateFromUrl,
  urlBinding,
  withLoss,
  withParam,
  type LossCurveState,
} from './lossCurveState';

/** Props of `LossCurveExplorer`. */
export interface LossCurveExplorerProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
  /** Registry id of the loss shown first (default: the first on offer). */
  readonly initialLoss?: string;
  /** Registry ids to offer in the "Loss" menu (default: every loss). */
  readonly lossIds?: readonly string[];
}

/** Keys that move the point when the chart has focus, in steps of U_STEP. */
const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -10,
  PageUp: 10,
};

/**
 * Any registry loss against its variable: pick the loss and its parameters, move the point
 * (slider, drag or click on the chart, arrow keys on the focused chart), read the loss and its
 * derivative there, see which way is downhill. Settings round-trip through the URL.
 */
export function LossCurveExplorer({ id, initialLoss, lossIds }: LossCurveExplorerProps) {
  const lossKey = lossIds?.join(',') ?? '';
  // Keyed on the ids' text, so a new array with the same ids (every MDX render) changes nothing.
  const losses = useMemo(() => availableLosses(lossIds), [lossKey]);
  const defaultLoss =
    initialLoss !== undefined && losses.some((e) => e.id === initialLoss)
      ? initialLoss
      : losses[0]!.id;
  const menu = useMemo(() => lossMenu(losses), [losses]);
  const prefix = `${id}.`;
  const [state, setState] = useState<LossCurveState>(() =>
    initialState(entryOf({ lossId: defaultLoss } as LossCurveState, losses)),
  );
  const [notices, setNotices] = useState<readonly string[]>([]);

  // The server knows no URL, so the first client render matches it; the URL is read right after,
  // before the browser paints.
  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = stateFromUrl(params, prefix, losses, defaultLoss);
    setState(parsed.state);
    setNotices(parsed.notices);
  }, [prefix, losses, defaultLoss]);

  const entry = entryOf(state, losses);
  const curves = useMemo(() => lossCurves(entry, state.params), [entry, state.params]);
  const current = currentPoint(entry, state);
  const sym = plainSymbol(entry);
  const symText = sym.sub ? `${sym.base}_${sym.sub}` : sym.base;
  const symbol = (
    <>
      <i>{sym.base}</i>
      {sym.sub && <sub>{sym.sub}</sub>}
    </>
  );
  const downhill = downhillText(entry, current.u, current.slope, symText);

  const binding = useMemo(
    () => urlBinding(state, losses, defaultLoss),
    [state, losses, defaultLoss],
  );
  useUrlWriter(binding.schema, binding.flat, prefix);

  const { u, value, slope } = current;
  const { showDerivative } = state;
  const chart = useCallback(
    (ctx: ChartContext) =>
      lossCurveBase({
        ...curves,
        domain: entry.domain,
        showDerivative,
        width: ctx.width,
        className: 'lce-chart',
        idPrefix: id,
        ariaLabel: `${entry.name} against ${entry.domain.label}`,
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [curves, entry, showDerivative, id],
  );
  const description = `At ${symText} = ${fmt(u, 2)} the loss is ${fmtSig(value)} and its derivative ${fmtSig(slope)}. ${downhill}`;
  const update = useCallback(
    (svg: LossCurveSvg) => applyLossCurveCurrent(svg, { u, value, slope }, description),
    [u, value, slope, description],
  );

  const setU = (next: number) => setState((s) => ({ ...s, u: clampU(entryOf(s, losses), next) }));
  const onChartKey = (e: KeyboardEvent) => {
    const { min, max } = entry.domain;
    let next: number | undefined;
    if (e.key === 'Home') next = min;
    else if (e.key === 'End') next = max;
    else if (KEY_STEPS[e.key] !== undefined) {
      next = state.u + KEY_STEPS[e.key]! * U_STEP * (e.shiftKey ? 10 : 1);
    }
    if (next === undefined) return;
    e.preventDefault();
    setU(next);
  };

  return (
    <WidgetFrame name="LossCurveExplorer" id={id} label="Loss curve explorer" class="lce">
      <div class="widget-controls">
        <Select
          id={`${id}-loss`}
          label="Loss"
          value={entry.id}
          groups={menu}
          onChange={(lossId) => {
            const next = losses.find((e) => e.id === lossId);
            if (next) setState((s) => withLoss(s, next));
          }}
        />
        {entry.params.map((p) => (
          <Slider
            key={`${entry.id}-${p.id}`}
            id={`${id}-param-${p.id}`}
            label={p.label}
            value={state.params[p.id] ?? p.default}
            min={p.min}
            max={p.max}
            step={p.step}
            format={(x) => fmt(x, decimalsForStep(p.step))}
            onInput={(x) => setState((s) => withParam(s, entry, p.id, x))}
          />
        ))}
      </div>
      <PlotFigure
        chart={chart}
        update={update}
        aspect={LOSS_CURVE_ASPECT}
        focusLabel={`Chart of ${entry.name}: drag, or use the arrow keys, to move ${symText}`}
        onKeyDown={onChartKey}
        onPointerX={setU}
      />
      <div class="lce-main">
        <Slider
          id={`${id}-u`}
          label={entry.domain.label}
          value={state.u}
          min={entry.domain.min}
          max={entry.domain.max}
          step={U_STEP}
          format={(x) => fmt(x, 2)}
          mainControl
          onInput={setU}
        />
      </div>
      <div class="kit-readouts">
        <Readout
          id={`${id}-value`}
          label={<>Loss ℓ({symbol})</>}
          value={value}
          swatch={{ color: 'var(--accent)' }}
        />
        <Readout
          id={`${id}-derivative`}
          label={<>Derivative ℓ′({symbol})</>}
          value={slope}
          {...(showDerivative && { swatch: { color: 'var(--warn)', dashed: true } })}
        />
      </div>
      <p class="lce-downhill">
        {Math.abs(slope) >= FLAT_SLOPE && Number.isFinite(slope) && (
          <span class="lce-arrow" aria-hidden="true">
            {slope > 0 ? '←' : '→'}
          </span>
        )}
        {downhill}
      </p>
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <Checkbox
          id={`${id}-deriv`}
          label="Show derivative"
          checked={showDerivative}
          onChange={(checked) => setState((s) => ({ ...s, showDerivative: checked }))}
        />
        <CopyLinkButton
          id={id}
          getUrl={() => urlWithState(window.location.href, binding.schema, binding.flat, prefix)}
        />
      </div>
    </WidgetFrame>
  );
}

export default LossCurveExplorer;
