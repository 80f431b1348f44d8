import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { CopyLinkButton, Player, WidgetFrame, urlWithState, useUrlWriter } from '../kit';
import { NetworkDiagram } from './NetworkDiagram';
import {
  BP_SCHEMA,
  BP_SETTINGS,
  LAST_STAGE,
  STAGES,
  bpFromUrl,
  bpToUrl,
  clampValue,
  labelOf,
  numbersOf,
  stageLines,
  traceOf,
  type BackpropSettings,
  type ValueKey,
} from './backpropState';
import './backpropWalkthrough.css';

/** Props of `BackpropWalkthrough`. */
export interface BackpropWalkthroughProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
}

/** The number inputs, grouped as the network is. */
const GROUPS: readonly { legend: string; keys: readonly ValueKey[] }[] = [
  { legend: 'Input and target', keys: ['x1', 'x2', 'y'] },
  { legend: 'Hidden layer', keys: ['w11', 'w12', 'w21', 'w22', 'b11', 'b12'] },
  { legend: 'Output neuron and step', keys: ['v1', 'v2', 'b2', 'lr'] },
];

/**
 * One step of backpropagation on the 2-2-1 sigmoid network with binary cross-entropy, stage by
 * stage: forward (z and a per neuron), loss, backward (δ per neuron), gradients and the update,
 * every number from compute's trace. Inputs, target, weights, biases and η are editable.
 */
export function BackpropWalkthrough({ id }: BackpropWalkthroughProps) {
  const prefix = `${id}.`;
  const [settings, setSettings] = useState<BackpropSettings>(BP_SETTINGS);
  const [notices, setNotices] = useState<readonly string[]>([]);

  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = bpFromUrl(params, prefix);
    setSettings(parsed.settings);
    setNotices(parsed.notices);
  }, [prefix]);

  const flat = useMemo(() => bpToUrl(settings), [settings]);
  useUrlWriter(BP_SCHEMA, flat, prefix);

  const { values, stage } = settings;
  const numbers = useMemo(() => numbersOf(traceOf(values)), [values]);
  const lines = stageLines(stage, values, numbers);

  const setValue = (key: ValueKey, raw: string) => {
    const x = clampValue(key, raw);
    // Not a number: keep the old value (the controlled input shows it again).
    setSettings((s) => ({
      ...s,
      values: x === undefined ? { ...s.values } : { ...s.values, [key]: x },
    }));
  };

  return (
    <WidgetFrame
      steadyHeight
      name="BackpropWalkthrough"
      id={id}
      label="Backpropagation walkthrough"
      class="bpw"
    >
      <div
        class="bpw-figure"
        tabIndex={0}
        role="group"
        aria-label="Network diagram (scrolls sideways on narrow screens)"
      >
        <NetworkDiagram values={values} numbers={numbers} stage={stage} />
      </div>
      <Player
        id={id}
        step={stage}
        maxStep={LAST_STAGE}
        stepsPerSecond={0.5}
        mainControl
        label="Step through backpropagation"
        formatCounter={(s, max) => `Stage ${s} of ${max}`}
        onStep={(s) => setSettings((x) => ({ ...x, stage: s }))}
      />
      <section class="bpw-stage" aria-labelledby={`${id}-stage-title`}>
        <h3 class="bpw-stage-title" id={`${id}-stage-title`}>
          {stage}. {STAGES[stage]}
        </h3>
        <ul class="bpw-lines" data-readout>
          {lines.map((line, k) => (
            <li key={k}>{line}</li>
          ))}
        </ul>
      </section>
      <details class="bpw-edit">
        <summary>Edit the input, target, weights and learning rate</summary>
        <div class="bpw-groups">
          {GROUPS.map((g) => (
            <fieldset key={g.legend} class="bpw-group">
              <legend>{g.legend}</legend>
              {g.keys.map((key) => (
                <div class="bpw-field" key={key}>
                  <label for={`${id}-${key}`}>{labelOf(key)}</label>
                  <input
                    type="number"
                    class="kit-number"
                    id={`${id}-${key}`}
                    min={BP_SCHEMA[key].min}
                    max={BP_SCHEMA[key].max}
                    step={0.01}
                    value={values[key]}
                    onChange={(e) => setValue(key, e.currentTarget.value)}
                  />
                </div>
              ))}
            </fieldset>
          ))}
        </div>
        <button
          type="button"
          class="kit-button"
          onClick={() => setSettings((s) => ({ ...s, values: BP_SETTINGS.values }))}
        >
          Reset to the chapter’s example
        </button>
      </details>
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <span class="bpw-note">Sigmoid neurons, binary cross-entropy, one example.</span>
        <CopyLinkButton
          id={id}
          getUrl={() => urlWithState(window.location.href, BP_SCHEMA, flat, prefix)}
        />
      </div>
    </WidgetFrame>
  );
}

export default BackpropWalkthrough;
