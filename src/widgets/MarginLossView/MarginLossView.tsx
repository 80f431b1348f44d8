import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  MARGIN_LOSS_ASPECT,
  MARGIN_LOSS_STYLES,
  applyMarginLossCurrent,
  marginLossBase,
  type MarginLossSvg,
} from '~/charts/marginLossChart';
import { fmt, fmtSig } from '~/lib/format';
import {
  Checkbox,
  CopyLinkButton,
  PlotFigure,
  Slider,
  WidgetFrame,
  urlWithState,
  useUrlWriter,
  type ChartContext,
} from '../kit';
import {
  MARGIN_REGIONS,
  MARGIN_URL_SCHEMA,
  Z_FIELD,
  boundSummary,
  clampZ,
  initialMarginState,
  marginBands,
  marginCurves,
  marginRegion,
  marginRows,
  marginStateFromUrl,
  marginUrlFlat,
  regionText,
  type MarginLossState,
} from './marginLossState';
import './marginLossView.css';

/** Props of `MarginLossView`. */
export interface MarginLossViewProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
}

/** A short line in a loss's colour and dash, as a key beside its name. */
function Swatch({ id }: { readonly id: string }) {
  const style = MARGIN_LOSS_STYLES[id];
  return (
    <svg class="mlv-swatch" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line
        x1="1"
        x2="27"
        y1="5"
        y2="5"
        stroke={style?.stroke ?? 'var(--fg-soft)'}
        stroke-width={Math.min(3, style?.width ?? 2)}
        {...(style?.dash !== undefined && { 'stroke-dasharray': style.dash })}
      />
    </svg>
  );
}

/**
 * The 0/1 loss and its surrogates (hinge, squared hinge, logistic, exponential) against the
 * margin z: slide z, read each loss and its derivative there, see which region z is in and
 * whether each surrogate is above the 0/1 loss at that point. Settings round-trip through the URL.
 */
export function MarginLossView({ id }: MarginLossViewProps) {
  const prefix = `${id}.`;
  const [state, setState] = useState<MarginLossState>(initialMarginState);
  const [notices, setNotices] = useState<readonly string[]>([]);

  // The server knows no URL: start from the defaults (as the server HTML), then read the link.
  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = marginStateFromUrl(params, prefix);
    setState(parsed.state);
    setNotices(parsed.notices);
  }, [prefix]);

  const { z, base2 } = state;
  const flat = useMemo(() => marginUrlFlat(state), [state]);
  useUrlWriter(MARGIN_URL_SCHEMA, flat, prefix);

  const curves = useMemo(() => marginCurves(base2), [base2]);
  const rows = useMemo(() => marginRows(z, base2), [z, base2]);
  const region = marginRegion(z);
  const summary = boundSummary(z, rows);

  const chart = useCallback(
    (ctx: ChartContext) =>
      marginLossBase({
        curves,
        bands: marginBands(),
        domain: Z_FIELD,
        width: ctx.width,
        className: 'mlv-chart',
        idPrefix: id,
        ariaLabel: `The 0/1 loss with the hinge, squared hinge, logistic${base2 ? ' (natural and base-2)' : ''} and exponential losses against the margin z`,
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [curves, base2, id],
  );
  const description = `At z = ${fmt(z, 2)} (${region.name}): ${rows
    .map((r) => `${r.shortName} ${fmtSig(r.value, 3)}`)
    .join(', ')}. ${summary}`;
  const update = useCallback(
    (svg: MarginLossSvg) =>
      applyMarginLossCurrent(
        svg,
        { z, values: rows.map((r) => ({ id: r.id, value: r.value })) },
        description,
      ),
    [z, rows, description],
  );

  const setZ = (next: number) => setState((s) => ({ ...s, z: clampZ(next) }));

  return (
    <WidgetFrame
      steadyHeight
      name="MarginLossView"
      id={id}
      label="Margin losses against the 0/1 loss"
      class="mlv"
    >
      <PlotFigure chart={chart} update={update} aspect={MARGIN_LOSS_ASPECT} />
      <ul class="mlv-regions" aria-label="Regions of the margin">
        {MARGIN_REGIONS.map((r) => (
          <li
            key={r.id}
            class={r.id === region.id ? 'mlv-region current' : 'mlv-region'}
            {...(r.id === region.id && { 'aria-current': 'true' })}
          >
            <span class="mlv-region-fill" style={{ background: r.fill }} aria-hidden="true" />
            <span>
              {r.name} <span class="mlv-range">({r.range})</span>
            </span>
          </li>
        ))}
      </ul>
      <Slider
        id={`${id}-z`}
        label={Z_FIELD.label}
        value={z}
        min={Z_FIELD.min}
        max={Z_FIELD.max}
        step={Z_FIELD.step!}
        format={(x) => fmt(x, 2)}
        valueText={`${fmt(z, 2)}, ${region.name}`}
        mainControl
        onInput={setZ}
      />
      <p class="mlv-region-text" aria-live="polite">
        {regionText(z)}
      </p>
      <div class="mlv-table-wrap">
        <table class="mlv-table">
          <caption>
            Each loss at z = <span class="mlv-num">{fmt(z, 2)}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Loss</th>
              <th scope="col">
                ℓ(<i>z</i>)
              </th>
              <th scope="col">
                ℓ′(<i>z</i>)
              </th>
              <th scope="col">≥ 0/1?</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} id={`${id}-row-${r.id}`}>
                <th scope="row">
                  <Swatch id={r.id} />
                  {r.shortName}
                </th>
                <td class="mlv-num">{fmtSig(r.value, 4)}</td>
                <td class="mlv-num">{fmtSig(r.derivative, 4)}</td>
                <td class={r.bounds === false ? 'mlv-check fails' : 'mlv-check'}>
                  {r.bounds === null
                    ? '—'
                    : `${r.bounds ? '≥' : '<'} ${fmt(rows[0]!.value, 0)} ${r.bounds ? '✓' : '✗'}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="mlv-summary">{summary}</p>
      <p class="mlv-note">
        The 0/1 loss has derivative 0 wherever it has one (it jumps at z = 0): no signal for
        gradient descent. Logistic is log(1 + e<sup>−z</sup>) in natural logs, as PyTorch computes
        it{base2 ? '; the base-2 row divides it by ln 2.' : '.'}
      </p>
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <Checkbox
          id={`${id}-base2`}
          label="Show base-2 logistic"
          checked={base2}
          onChange={(checked) => setState((s) => ({ ...s, base2: checked }))}
        />
        <CopyLinkButton
          id={id}
          getUrl={() => urlWithState(window.location.href, MARGIN_URL_SCHEMA, flat, prefix)}
        />
      </div>
    </WidgetFrame>
  );
}

export default MarginLossView;
