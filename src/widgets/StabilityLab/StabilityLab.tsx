import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  STABILITY_ASPECT,
  applyStabilityCurrent,
  stabilityBase,
  type StabilitySvg,
} from '~/charts/stabilityChart';
import {
  CopyLinkButton,
  PlotFigure,
  Select,
  WidgetFrame,
  urlWithState,
  useUrlWriter,
  type ChartContext,
} from '../kit';
import {
  FORMS,
  FORM_NAMES,
  LOGIT_LIMIT,
  LOGIT_STEP,
  POSITIONS,
  brokenRanges,
  brokenRangesText,
  clampLogit,
  describeNaive,
  describeStable,
  evaluateForms,
  formValues,
  formatFloat,
  initialLabState,
  labFromUrl,
  labToFlat,
  labUrlSchema,
  logitToPosition,
  positionToLogit,
  sampleForm,
  type FormId,
  type LabState,
} from './stabilityLabState';
import './stabilityLab.css';

/** Props of `StabilityLab`. */
export interface StabilityLabProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
  /** The logit shown first (default 5), in [−1000, 1000]. */
  readonly initialLogit?: number;
}

/** Logits one click away: the edges of the slider and where the naive forms start to fail. */
const JUMPS = [-1000, -104, -89, 0, 17, 89, 1000] as const;

/**
 * Naive against stable float32 formulas for log σ(x), BCE and log-softmax as the logit x goes to
 * ±1000: each naive result is a finite number or says in words how it broke; the chart shades
 * the logits where the naive form of the chosen formula is not finite.
 */
export function StabilityLab({ id, initialLogit = 5 }: StabilityLabProps) {
  const prefix = `${id}.`;
  const defaults = useMemo(() => initialLabState(initialLogit), [initialLogit]);
  const [state, setState] = useState<LabState>(defaults);
  const [notices, setNotices] = useState<readonly string[]>([]);

  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = labFromUrl(params, prefix, defaults);
    setState(parsed.state);
    setNotices(parsed.notices);
  }, [prefix, defaults]);

  const schema = useMemo(() => labUrlSchema(defaults), [defaults]);
  const flat = useMemo(() => labToFlat(state), [state]);
  useUrlWriter(schema, flat, prefix);

  const { x, y, form } = state;
  const rows = evaluateForms(x, y);
  const samples = useMemo(() => sampleForm(form, y), [form, y]);
  const ranges = useMemo(() => brokenRanges(samples), [samples]);
  const formName = form === 'bce' ? `BCE(x, y = ${y})` : FORM_NAMES[form];
  const missingText =
    ranges.length > 0
      ? `Shaded: ${brokenRangesText(ranges)}, where the naive ${formName} is not a finite number; the dashed naive curve is missing there.`
      : `The naive ${formName} is finite at every logit on the slider.`;

  const chart = useCallback(
    (ctx: ChartContext) =>
      stabilityBase({
        samples,
        formName,
        width: ctx.width,
        className: 'stab-chart',
        idPrefix: id,
        ariaLabel: `Naive and stable ${formName} in float32 against the logit x`,
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [samples, formName, id],
  );
  const current = formValues(form, x, y);
  const description = `At x = ${formatFloat(x)} the stable ${formName} is ${describeStable(current.stable)} and the naive one ${describeNaive({ id: form, form, name: formName, ...current }, x).text}. ${missingText}`;
  const update = useCallback(
    (svg: StabilitySvg) => applyStabilityCurrent(svg, { x, ...current }, description),
    [x, current.naive, current.stable, description],
  );

  const setX = (next: number) => setState((s) => ({ ...s, x: clampLogit(next, s.x) }));
  const broken = rows.filter((r) => describeNaive(r, x).status === 'broken').length;
  const inaccurate = rows.filter((r) => describeNaive(r, x).status === 'inaccurate').length;
  const summary =
    broken === 0 && inaccurate === 0
      ? `At x = ${formatFloat(x)} every naive form agrees with its stable form.`
      : `At x = ${formatFloat(x)}: ${broken} of ${rows.length} naive results are not finite${
          inaccurate > 0 ? `, ${inaccurate} lost digits` : ''
        }; every stable result is finite.`;

  return (
    <WidgetFrame
      steadyHeight
      name="StabilityLab"
      id={id}
      label="Numerical stability lab"
      class="stab"
    >
      <div class="kit-slider stab-main">
        <label for={`${id}-x`}>Logit</label>
        <div class="kit-slider-row">
          <input
            type="range"
            id={`${id}-x`}
            min={-POSITIONS}
            max={POSITIONS}
            step={1}
            value={logitToPosition(x)}
            aria-valuetext={`x = ${formatFloat(x)}`}
            data-main-control
            onInput={(e) => setX(positionToLogit(Number(e.currentTarget.value)))}
          />
          <input
            type="number"
            class="kit-number"
            id={`${id}-x-number`}
            min={-LOGIT_LIMIT}
            max={LOGIT_LIMIT}
            step={LOGIT_STEP}
            value={x}
            aria-label="Logit (exact value, −1000 to 1000)"
            onChange={(e) => {
              const raw = e.currentTarget.value;
              const v = Number(raw);
              if (raw.trim() !== '' && Number.isFinite(v)) setX(v);
              else e.currentTarget.value = String(x);
            }}
          />
        </div>
        <p class="stab-scale" aria-hidden="true">
          <span>−1000</span>
          <span>−100</span>
          <span>−10</span>
          <span>0</span>
          <span>10</span>
          <span>100</span>
          <span>1000</span>
        </p>
      </div>
      <div class="stab-jumps" role="group" aria-label="Jump to a logit">
        {JUMPS.map((v) => (
          <button
            key={v}
            type="button"
            class="kit-button"
            aria-pressed={x === v}
            onClick={() => setX(v)}
          >
            {formatFloat(v)}
          </button>
        ))}
      </div>
      <div class="widget-controls stab-options">
        <Select
          id={`${id}-y`}
          label="Label y (for BCE)"
          value={String(y)}
          options={[
            { value: '1', label: 'y = 1' },
            { value: '0', label: 'y = 0' },
          ]}
          onChange={(v) => setState((s) => ({ ...s, y: v === '0' ? 0 : 1 }))}
        />
        <Select
          id={`${id}-form`}
          label="Chart shows"
          value={form}
          options={FORMS.map((f) => ({ value: f, label: FORM_NAMES[f] }))}
          onChange={(v) => {
            const f = FORMS.find((k) => k === v);
            if (f) setState((s) => ({ ...s, form: f as FormId }));
          }}
        />
      </div>
      <section class="stab-table-wrap" aria-label="Naive and stable results" tabIndex={0}>
        <table class="stab-table">
          <caption>
            In float32 at x = <output id={`${id}-x-out`}>{formatFloat(x)}</output>
          </caption>
          <thead>
            <tr>
              <th scope="col">formula</th>
              <th scope="col">naive, as written</th>
              <th scope="col">stable</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const naive = describeNaive(r, x);
              return (
                <tr key={r.id} class={`stab-${naive.status}`}>
                  <th scope="row">{r.name}</th>
                  <td>
                    <output id={`${id}-${r.id}-naive`} data-status={naive.status}>
                      {naive.text}
                    </output>
                  </td>
                  <td>
                    <output id={`${id}-${r.id}-stable`}>{describeStable(r.stable)}</output>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <p class="stab-summary" role="status">
        {summary}
      </p>
      <PlotFigure chart={chart} update={update} aspect={STABILITY_ASPECT} />
      <p class="stab-legend">
        <span class="kit-swatch stab-swatch-stable" aria-hidden="true" />
        stable <span class="kit-swatch dashed stab-swatch-naive" aria-hidden="true" />
        naive (finite values only). {missingText}
      </p>
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <span class="stab-footer-note">float32, emulated with Math.fround</span>
        <CopyLinkButton
          id={id}
          getUrl={() => urlWithState(window.location.href, schema, flat, prefix)}
        />
      </div>
    </WidgetFrame>
  );
}

export default StabilityLab;
