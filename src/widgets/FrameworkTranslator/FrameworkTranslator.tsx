import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fmtSig } from '~/lib/format';
import { Checkbox, CopyLinkButton, Select, Slider, WidgetFrame } from '../kit';
import {
  FRAMEWORKS,
  TRANSLATOR_LOSSES,
  allConventions,
  entryOf,
  frameworkCall,
  initialTranslatorState,
  mistakeLabel,
  mistakeWhy,
  mistakesFor,
  parseBatch,
  perElement,
  predictionsHint,
  reduce,
  reductionLabel,
  reductionsFor,
  targetsHint,
  translatorStateFromUrl,
  translatorUrl,
  withFramework,
  withLoss,
  type Batch,
  type ConventionValue,
  type Framework,
  type Mistake,
  type Reduction,
  type TranslatorLoss,
  type TranslatorState,
} from './translatorState';
import './frameworkTranslator.css';

/** Props of `FrameworkTranslator`. */
export interface FrameworkTranslatorProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
}

/** A convention's value as text: one number, or the unreduced values in brackets. */
function formatValue(v: ConventionValue): string {
  return v.kind === 'scalar'
    ? fmtSig(v.value, 4)
    : `[${v.values.map((x) => fmtSig(x, 4)).join(', ')}]`;
}

const frameworkName = (f: Framework) => FRAMEWORKS.find((x) => x.id === f)!.label;

/**
 * One small batch, three frameworks, every reduction: the value each convention gives, the
 * framework call, and the classic mistakes shown as the wrong number beside the right one.
 */
export function FrameworkTranslator({ id }: FrameworkTranslatorProps) {
  const prefix = `${id}.`;
  const [state, setState] = useState<TranslatorState>(initialTranslatorState);
  const [notices, setNotices] = useState<readonly string[]>([]);
  const lastGood = useRef<{ loss: TranslatorLoss; batch: Batch } | null>(null);

  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = translatorStateFromUrl(params, prefix);
    setState(parsed.state);
    setNotices(parsed.notices);
  }, [prefix]);

  const parsed = useMemo(
    () => parseBatch(state.loss, state.predictions, state.targets),
    [state.loss, state.predictions, state.targets],
  );
  if (parsed.ok) lastGood.current = { loss: state.loss, batch: parsed.batch };
  const good =
    lastGood.current?.loss === state.loss
      ? lastGood.current
      : (() => {
          const d = initialTranslatorState();
          const fallback = parseBatch(d.loss, d.predictions, d.targets);
          return fallback.ok ? { loss: d.loss, batch: fallback.batch } : null;
        })();

  // Write the state to the address bar, debounced, only once the batch is valid.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!parsed.ok) return;
    const timer = setTimeout(() => {
      const next = translatorUrl(window.location.href, state, prefix);
      if (next !== window.location.href)
        window.history.replaceState(window.history.state, '', next);
    }, 250);
    return () => clearTimeout(timer);
  }, [state, parsed.ok, prefix]);

  const loss = good?.loss ?? state.loss;
  const entry = entryOf(loss);
  const fw = entry.frameworks[state.framework];
  const view = useMemo(() => {
    if (!good) return null;
    const elements = perElement(good.loss, good.batch, state.param, state.framework);
    const right = reduce(good.loss, state.framework, state.reduction, elements);
    const wrong = state.mistakes
      .filter((m) => mistakesFor(good.loss, state.framework).includes(m))
      .map((m) => ({
        mistake: m,
        value: reduce(
          good.loss,
          state.framework,
          state.reduction,
          perElement(good.loss, good.batch, state.param, state.framework, m),
        ),
      }));
    return { right, wrong, table: allConventions(good.loss, good.batch, state.param) };
  }, [good, state.framework, state.reduction, state.param, state.mistakes]);

  const reductions = reductionsFor(state.loss, state.framework);
  const mistakes = mistakesFor(state.loss, state.framework);
  const hasParam = state.loss === 'huber' || state.loss === 'smooth-l1';
  const errorId = `${id}-batch-error`;
  const toggle = (m: Mistake, on: boolean) =>
    setState((s) => ({
      ...s,
      mistakes: on ? [...s.mistakes.filter((x) => x !== m), m] : s.mistakes.filter((x) => x !== m),
    }));

  return (
    <WidgetFrame name="FrameworkTranslator" id={id} label="Framework translator" class="ftr">
      <div class="widget-controls">
        <Select
          id={`${id}-loss`}
          label="Loss"
          value={state.loss}
          mainControl
          options={TRANSLATOR_LOSSES.map((l) => ({ value: l, label: entryOf(l).name }))}
          onChange={(l) => setState((s) => withLoss(s, l as TranslatorLoss))}
        />
        <Select
          id={`${id}-framework`}
          label="Framework"
          value={state.framework}
          options={FRAMEWORKS.map((f) => ({ value: f.id, label: f.label }))}
          onChange={(f) => setState((s) => withFramework(s, f as Framework))}
        />
        <Select
          id={`${id}-reduction`}
          label="Reduction"
          value={state.reduction}
          options={reductions.map((r, i) => ({
            value: r,
            label: `${reductionLabel(r, state.framework)}${i === 0 && state.framework !== 'optax' ? ' (default)' : ''}`,
          }))}
          onChange={(r) => setState((s) => ({ ...s, reduction: r as Reduction }))}
        />
        {hasParam && (
          <Slider
            id={`${id}-param`}
            label={state.loss === 'huber' ? 'δ (delta)' : 'β (beta)'}
            value={state.param}
            min={0.1}
            max={3}
            step={0.1}
            format={(x) => x.toFixed(1)}
            onInput={(x) => setState((s) => ({ ...s, param: x }))}
          />
        )}
      </div>
      <div class="ftr-batch">
        {(['predictions', 'targets'] as const).map((field) => {
          const invalid = !parsed.ok && parsed.field === field;
          const hintId = `${id}-${field}-hint`;
          return (
            <div class="ftr-field" key={field}>
              <label for={`${id}-${field}`}>
                {field === 'predictions' ? 'Predictions' : 'Targets'}
              </label>
              <input
                id={`${id}-${field}`}
                type="text"
                value={state[field]}
                spellcheck={false}
                autocomplete="off"
                aria-invalid={invalid ? 'true' : 'false'}
                aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
                onInput={(e) => {
                  const text = e.currentTarget.value;
                  setState((s) => ({ ...s, [field]: text }));
                }}
              />
              <span id={hintId} class="ftr-hint">
                {field === 'predictions' ? predictionsHint(state.loss) : targetsHint(state.loss)};
                rows split by “;”, numbers by “,”.
              </span>
            </div>
          );
        })}
      </div>
      {!parsed.ok && (
        <p id={errorId} class="widget-notice" role="status">
          {parsed.message} The numbers below are for the last batch that was valid.
        </p>
      )}
      {view && (
        <>
          <div class="ftr-result">
            <div class="kit-readout">
              <label for={`${id}-value`}>
                {frameworkName(state.framework)}, {reductionLabel(state.reduction, state.framework)}
              </label>
              <output id={`${id}-value`}>{formatValue(view.right)}</output>
            </div>
            {view.wrong.map((w) => (
              <div class="kit-readout ftr-wrong" key={w.mistake}>
                <label for={`${id}-wrong-${w.mistake}`}>With the mistake</label>
                <output id={`${id}-wrong-${w.mistake}`}>{formatValue(w.value)}</output>
                <span class="ftr-why">
                  instead of {formatValue(view.right)}. {mistakeWhy(w.mistake)}
                </span>
              </div>
            ))}
          </div>
          <pre class="ftr-code">
            <code>{frameworkCall(state)}</code>
          </pre>
          {fw.notes.length > 0 && (
            <ul class="ftr-notes">
              {fw.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {mistakes.length > 0 && (
        <fieldset class="ftr-mistakes">
          <legend>Common mistakes</legend>
          {mistakes.map((m) => (
            <Checkbox
              key={m}
              id={`${id}-mistake-${m}`}
              label={mistakeLabel(m, state.loss)}
              checked={state.mistakes.includes(m)}
              onChange={(on) => toggle(m, on)}
            />
          ))}
        </fieldset>
      )}
      {view && (
        <table class="ftr-table">
          <caption>Every convention on this batch ({entry.name})</caption>
          <thead>
            <tr>
              <th scope="col">Framework</th>
              <th scope="col">Reduction</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {view.table.map((row) => {
              const current =
                row.framework === state.framework && row.reduction === state.reduction;
              return (
                <tr key={`${row.framework}-${row.reduction}`} class={current ? 'current' : ''}>
                  <td>{frameworkName(row.framework)}</td>
                  <td>{reductionLabel(row.reduction, row.framework)}</td>
                  <td class="ftr-num">{formatValue(row.value)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <span class="ftr-hint">
          Keras averages each row (one sample) first; PyTorch and Optax see every element.
        </span>
        <CopyLinkButton id={id} getUrl={() => translatorUrl(window.location.href, state, prefix)} />
      </div>
    </WidgetFrame>
  );
}

export default FrameworkTranslator;
