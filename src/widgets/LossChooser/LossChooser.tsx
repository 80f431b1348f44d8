import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  CopyLinkButton,
  Select,
  WidgetFrame,
  parseUrlState,
  urlWithState,
  useUrlWriter,
} from '../kit';
import type { UrlSchema } from '../kit';
import {
  CHOOSER_QUESTIONS,
  chooseLoss,
  defaultAnswers,
  isAsked,
  type ChooserAnswers,
  type QuestionId,
} from './choose';
import './lossChooser.css';

/** Props of `LossChooser`. */
export interface LossChooserProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
}

/** The URL schema: one enum per question, keyed by the question's id. */
const SCHEMA: UrlSchema = Object.fromEntries(
  CHOOSER_QUESTIONS.map((q) => [
    q.id,
    {
      kind: 'enum',
      label: `answer to “${q.label}”`,
      values: q.options.map((o) => o.value),
      default: q.options[0]!.value,
    },
  ]),
);

const FRAMEWORKS = [
  ['pytorch', 'PyTorch'],
  ['keras', 'Keras'],
  ['optax', 'Optax'],
] as const;

/**
 * Answer a few questions about the task and the data; get a registry loss with its reasons and
 * the call in PyTorch, Keras and Optax. The decision table lives in ./choose.ts.
 */
export function LossChooser({ id }: LossChooserProps) {
  const prefix = `${id}.`;
  const [answers, setAnswers] = useState<ChooserAnswers>(defaultAnswers);
  const [notices, setNotices] = useState<readonly string[]>([]);

  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = parseUrlState(SCHEMA, params, prefix);
    setAnswers(parsed.state as ChooserAnswers);
    setNotices(parsed.notices);
  }, [prefix]);
  useUrlWriter(SCHEMA, answers as Record<string, string>, prefix);

  const rec = useMemo(() => chooseLoss(answers), [answers]);
  const set = (q: QuestionId, value: string) => setAnswers((a) => ({ ...a, [q]: value }));
  const [task, ...rest] = CHOOSER_QUESTIONS;

  return (
    <WidgetFrame name="LossChooser" id={id} label="Loss chooser" class="lch">
      <div class="lch-questions">
        <Select
          id={`${id}-task`}
          label={task!.label}
          value={answers.task}
          options={task!.options}
          mainControl
          onChange={(v) => set('task', v)}
        />
        {rest
          .filter((q) => isAsked(q, answers))
          .map((q) => (
            <fieldset key={q.id} class="lch-group">
              <legend>{q.label}</legend>
              {q.options.map((o) => (
                <label key={o.value} class="lch-radio">
                  <input
                    type="radio"
                    name={`${id}-${q.id}`}
                    value={o.value}
                    checked={answers[q.id] === o.value}
                    onChange={() => set(q.id, o.value)}
                  />
                  <span>{o.label}</span>
                </label>
              ))}
            </fieldset>
          ))}
      </div>
      <section class="lch-result" aria-live="polite" aria-labelledby={`${id}-result`}>
        <p id={`${id}-result`} class="lch-title">
          Use: <strong data-recommendation={rec.entry.id}>{rec.entry.name}</strong>
        </p>
        {rec.rule.setting && <p class="lch-setting">With {rec.rule.setting}.</p>}
        <ul class="lch-reasons">
          {rec.rule.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
          {rec.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
        <dl class="lch-calls">
          {FRAMEWORKS.map(([key, name]) => {
            const fw = rec.entry.frameworks[key];
            return (
              <div key={key}>
                <dt>
                  {name}
                  {fw.name === null ? ' (no built-in)' : ''}
                </dt>
                <dd>
                  <code>{fw.call}</code>
                  {fw.notes[0] && <span class="lch-note">{fw.notes[0]}</span>}
                </dd>
              </div>
            );
          })}
        </dl>
        <p class="lch-more">
          More on this loss:{' '}
          <a href={`/losses/${rec.entry.id}/`}>{rec.entry.name} in the catalog</a>.
        </p>
      </section>
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <span />
        <CopyLinkButton
          id={id}
          getUrl={() =>
            urlWithState(window.location.href, SCHEMA, answers as Record<string, string>, prefix)
          }
        />
      </div>
    </WidgetFrame>
  );
}

export default LossChooser;
