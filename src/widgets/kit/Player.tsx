import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  ANNOUNCE_INTERVAL_MS,
  DEFAULT_STEPS_PER_SECOND,
  PLAYER_SPEEDS,
  advanceStep,
  clampStep,
  formatSpeed,
  formatStepCounter,
  frameSteps,
  parseSpeed,
  shouldAnnounce,
  type PlayerSpeed,
} from './player';

/** Props of `Player`. The parent owns the step (so it can live in the URL); the Player moves it. */
export interface PlayerProps {
  /** Prefix of element ids (the widget instance id): the speed menu is `<id>-speed`. */
  readonly id: string;
  /** The current step, 0 … maxStep, owned by the parent. */
  readonly step: number;
  /** The last step (a run of maxStep steps shows states 0 … maxStep). */
  readonly maxStep: number;
  /** Called with the new step (always a whole number in [0, maxStep]). */
  readonly onStep: (step: number) => void;
  /** Accessible name of the player's group (default 'Player'). */
  readonly label?: string;
  /** Disables every control and stops playing (e.g. while the run is being recomputed). */
  readonly disabled?: boolean;
  /** Steps per second at 1× (default 20). */
  readonly stepsPerSecond?: number;
  /** The speed, when the parent owns it (with `onSpeed`); otherwise the Player keeps it (1×). */
  readonly speed?: PlayerSpeed;
  readonly onSpeed?: (speed: PlayerSpeed) => void;
  /** Marks the "Step" button as the widget's `data-main-control`. */
  readonly mainControl?: boolean;
  /** The counter's text (default 'Step 12 of 200'). */
  readonly formatCounter?: (step: number, maxStep: number) => string;
  /** Told when playing starts or stops (e.g. to hide per-step detail while playing). */
  readonly onPlayingChange?: (playing: boolean) => void;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Whether the reader asked for reduced motion; false on the server, live in the browser. */
function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(REDUCED_MOTION);
    setReduced(query.matches);
    const onChange = (e: MediaQueryListEvent) => setReduced(e.matches);
    query.addEventListener?.('change', onChange);
    return () => query.removeEventListener?.('change', onChange);
  }, []);
  return reduced;
}

const ICONS: Readonly<Record<'restart' | 'back' | 'play' | 'pause' | 'step', string>> = {
  restart: 'M3 2h2v10H3zM12 2v10L5.5 7z',
  back: 'M11 2v10L4.5 7zM3 2h1.5v10H3z',
  play: 'M4 2v10l8-5z',
  pause: 'M3.5 2h2.5v10H3.5zM8 2h2.5v10H8z',
  step: 'M3 2v10l6.5-5zM9.5 2H11v10H9.5z',
};

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="currentColor" />
    </svg>
  );
}

/**
 * Steps a computed run back and forth: "Restart", "Step back", "Play"/"Pause" (one button whose
 * name changes), "Step", "Speed" (0.25×, 1×, 4×) and a step counter. Never autoplays. Playing is
 * driven by requestAnimationFrame at stepsPerSecond × speed; under prefers-reduced-motion it
 * advances in coarse jumps once a second instead. The counter is announced politely, at most
 * every two seconds while playing.
 */
export function Player(props: PlayerProps) {
  const { id, maxStep, disabled = false } = props;
  const max = clampStep(maxStep, maxStep);
  const step = clampStep(props.step, max);
  const rate = props.stepsPerSecond ?? DEFAULT_STEPS_PER_SECOND;
  const [ownSpeed, setOwnSpeed] = useState<PlayerSpeed>(1);
  const speed = props.speed ?? ownSpeed;
  const [playing, setPlaying] = useState(false);
  const reduced = useReducedMotion();

  // The animation loop reads the latest step and callback without restarting.
  const stepRef = useRef(step);
  stepRef.current = step;
  const onStepRef = useRef(props.onStep);
  onStepRef.current = props.onStep;
  const onPlayingRef = useRef(props.onPlayingChange);
  onPlayingRef.current = props.onPlayingChange;

  const playingRef = useRef(false);
  const setPlay = (next: boolean) => {
    if (playingRef.current === next) return;
    playingRef.current = next;
    setPlaying(next);
    onPlayingRef.current?.(next);
  };

  useEffect(() => {
    if (disabled && playing) setPlay(false);
  }, [disabled, playing]);

  useEffect(() => {
    if (!playing || disabled) return;
    let handle = 0;
    let last: number | undefined;
    let carryMs = 0;
    const tick = (now: number) => {
      const frameMs = last === undefined ? 0 : now - last;
      last = now;
      const due = frameSteps({
        carryMs,
        frameMs,
        stepsPerSecond: rate,
        speed,
        reducedMotion: reduced,
      });
      carryMs = due.carryMs;
      const next = advanceStep(stepRef.current, due.steps, max);
      if (next.step !== stepRef.current) {
        stepRef.current = next.step;
        onStepRef.current(next.step);
      }
      if (next.done) {
        setPlay(false);
        return;
      }
      handle = requestAnimationFrame(tick);
    };
    handle = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(handle);
  }, [playing, disabled, rate, speed, reduced, max]);

  // The live counter: the visible one follows every frame; the announced copy is throttled.
  const text = (props.formatCounter ?? formatStepCounter)(step, max);
  const [announced, setAnnounced] = useState(text);
  const lastAnnounce = useRef<number | undefined>(undefined);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const textRef = useRef(text);
  textRef.current = text;
  // A layout effect: the announced copy changes in the same frame as the step (an effect after
  // paint would cost every step a second frame).
  useLayoutEffect(() => {
    const now = Date.now();
    if (shouldAnnounce(lastAnnounce.current, now, playing)) {
      clearTimeout(pending.current);
      pending.current = undefined;
      lastAnnounce.current = now;
      setAnnounced(text);
    } else if (pending.current === undefined) {
      const wait = (lastAnnounce.current ?? now) + ANNOUNCE_INTERVAL_MS - now;
      pending.current = setTimeout(() => {
        pending.current = undefined;
        lastAnnounce.current = Date.now();
        setAnnounced(textRef.current);
      }, wait);
    }
  }, [text, playing]);
  useEffect(() => () => clearTimeout(pending.current), []);

  const go = (next: number) => {
    const s = clampStep(next, max);
    if (s !== stepRef.current) {
      stepRef.current = s;
      onStepRef.current(s);
    }
  };
  const atStart = step <= 0;
  const atEnd = step >= max;
  const canPlay = max > 0;

  /** A button that stays focusable when unavailable (aria-disabled), so focus is never lost. */
  const button = (
    name: string,
    icon: keyof typeof ICONS,
    available: boolean,
    onClick: () => void,
    main = false,
  ) => (
    <button
      type="button"
      class="kit-button kit-player-button"
      disabled={disabled}
      aria-disabled={available ? undefined : 'true'}
      onClick={() => {
        if (available && !disabled) onClick();
      }}
      {...(main && { 'data-main-control': '' })}
    >
      <Icon name={icon} />
      {name}
    </button>
  );

  return (
    <div class="kit-player" role="group" aria-label={props.label ?? 'Player'}>
      {button('Restart', 'restart', !atStart, () => go(0))}
      {button('Step back', 'back', !atStart, () => {
        setPlay(false);
        go(stepRef.current - 1);
      })}
      {button(playing ? 'Pause' : 'Play', playing ? 'pause' : 'play', canPlay, () => {
        if (playing) {
          setPlay(false);
          return;
        }
        if (stepRef.current >= max) go(0);
        setPlay(true);
      })}
      {button(
        'Step',
        'step',
        !atEnd,
        () => {
          setPlay(false);
          go(stepRef.current + 1);
        },
        props.mainControl ?? false,
      )}
      <span class="kit-select kit-player-speed">
        <label for={`${id}-speed`}>Speed</label>
        <select
          id={`${id}-speed`}
          value={String(speed)}
          disabled={disabled}
          onChange={(e) => {
            const next = parseSpeed(e.currentTarget.value);
            if (props.onSpeed) props.onSpeed(next);
            if (props.speed === undefined) setOwnSpeed(next);
          }}
        >
          {PLAYER_SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {formatSpeed(s)}
            </option>
          ))}
        </select>
      </span>
      <span class="kit-player-counter" aria-hidden="true">
        {text}
      </span>
      <span class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announced}
      </span>
    </div>
  );
}
