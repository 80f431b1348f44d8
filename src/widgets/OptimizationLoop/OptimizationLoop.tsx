import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { fmt } from '~/lib/format';
import { CopyLinkButton, Player, Select, WidgetFrame, urlWithState, useUrlWriter } from '../kit';
import { LoopRing } from './LoopRing';
import {
  LOOP_DEFAULTS,
  LOOP_RATES,
  LOOP_SCHEMA,
  LOOP_W0,
  LOOP_X,
  LOOP_Y,
  PHASES,
  PHASE_TEXT,
  describeRun,
  loopFromUrl,
  loopToUrl,
  loopTurns,
  maxStepOf,
  phaseFormula,
  phaseOf,
  type LoopSettings,
} from './loopState';
import './optimizationLoop.css';

/** Props of `OptimizationLoop`. */
export interface OptimizationLoopProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
}

/** Turns listed in "Weight after each turn" (the most recent ones). */
const HISTORY_SHOWN = 6;

/**
 * The training loop on one weight and one example: step through predict → loss → gradient →
 * update, with the numbers plugged into each formula, the current phase highlighted on a ring,
 * and the weight after each full turn.
 */
export function OptimizationLoop({ id }: OptimizationLoopProps) {
  const prefix = `${id}.`;
  const [settings, setSettings] = useState<LoopSettings>(LOOP_DEFAULTS);
  const [notices, setNotices] = useState<readonly string[]>([]);

  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = loopFromUrl(params, prefix);
    setSettings(parsed.settings);
    setNotices(parsed.notices);
  }, [prefix]);

  const flat = useMemo(() => loopToUrl(settings), [settings]);
  useUrlWriter(LOOP_SCHEMA, flat, prefix);

  const { lr } = settings;
  const turns = useMemo(() => loopTurns(lr), [lr]);
  const maxStep = maxStepOf(turns);
  const step = Math.min(settings.step, maxStep);
  const { turn: t, phase, index } = phaseOf(step);
  const turn = turns[t]!;
  // Turns whose update has run (the current one counts once its update phase is shown).
  const completed = t + (phase === 'update' ? 1 : 0);
  const history = turns.slice(0, completed);
  const shown = history.slice(-HISTORY_SHOWN);

  return (
    <WidgetFrame
      steadyHeight
      name="OptimizationLoop"
      id={id}
      label="The optimization loop"
      class="loop"
    >
      <p class="loop-setup">
        One example, <var>x</var> = {LOOP_X} with target <var>y</var> = {LOOP_Y}; the model{' '}
        <var>ŷ</var> = <var>w</var>·<var>x</var> starts at <var>w</var> = {LOOP_W0}; squared error.
      </p>
      <div class="loop-body">
        <div class="loop-figure">
          <LoopRing id={id} turn={turn} turnNumber={t + 1} phase={phase} />
        </div>
        <div class="loop-panel">
          <ol class="loop-phases" aria-label={`Turn ${t + 1}`}>
            {PHASES.map((p, k) => (
              <li
                key={p}
                class={k === index ? 'current' : k < index ? 'done' : 'todo'}
                {...(k === index && { 'aria-current': 'step' })}
              >
                <span class="loop-phase-name">{PHASE_TEXT[p]}</span>
                {k <= index ? (
                  <code class="loop-formula" data-readout>
                    {phaseFormula(p, turn, lr)}
                  </code>
                ) : (
                  <span class="loop-pending">not yet</span>
                )}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <Player
        id={id}
        step={step}
        maxStep={maxStep}
        stepsPerSecond={1.5}
        mainControl
        label="Step through the loop"
        formatCounter={(s) => {
          const p = phaseOf(s);
          return `Turn ${p.turn + 1}, ${p.phase}`;
        }}
        onStep={(s) => setSettings((x) => ({ ...x, step: s }))}
      />
      <div class="widget-controls loop-controls">
        <Select
          id={`${id}-lr`}
          label="Learning rate η"
          value={String(lr)}
          options={LOOP_RATES.map((r) => ({ value: String(r), label: String(r) }))}
          onChange={(v) => setSettings((x) => ({ ...x, lr: Number(v) }))}
        />
        <button
          type="button"
          class="kit-button loop-reset"
          onClick={() => setSettings(LOOP_DEFAULTS)}
        >
          Reset
        </button>
      </div>
      <div class="loop-history">
        <span class="loop-history-label" id={`${id}-history-label`}>
          Weight after each turn
        </span>
        {history.length === 0 ? (
          <span class="loop-history-empty"> none yet: finish a turn with its update</span>
        ) : (
          <ol class="loop-history-list" aria-labelledby={`${id}-history-label`}>
            {history.length > shown.length && <li class="loop-more">…</li>}
            {shown.map((h, k) => (
              <li key={history.length - shown.length + k}>
                <span class="loop-turn">turn {history.length - shown.length + k + 1}:</span>{' '}
                <output>{fmt(h.next, 4)}</output>
              </li>
            ))}
          </ol>
        )}
      </div>
      <p class="loop-message" id={`${id}-message`}>
        {describeRun(turns, completed, lr)}
      </p>
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <span class="loop-note">The loss is 0 where the prediction ŷ equals the target y.</span>
        <CopyLinkButton
          id={id}
          getUrl={() => urlWithState(window.location.href, LOOP_SCHEMA, flat, prefix)}
        />
      </div>
    </WidgetFrame>
  );
}

export default OptimizationLoop;
