import { fmt } from '~/lib/format';
import { PHASES, type Phase, type Turn } from './loopState';

/** The ring's drawing size (viewBox units); the SVG scales to its box. */
export const RING_WIDTH = 400;
export const RING_HEIGHT = 270;

const NODE_W = 132;
const NODE_H = 52;

/** Node centres, clockwise from the top: predict, loss, gradient, update. */
export const RING_NODES: Readonly<Record<Phase, { x: number; y: number }>> = {
  predict: { x: 200, y: 38 },
  loss: { x: 332, y: 135 },
  gradient: { x: 200, y: 232 },
  update: { x: 68, y: 135 },
};

/** The arcs between successive nodes (from the side of one box to the side of the next). */
const ARCS: readonly string[] = [
  'M268,38 Q332,38 332,103',
  'M332,167 Q332,232 270,232',
  'M132,232 Q68,232 68,167',
  'M68,103 Q68,38 130,38',
];

/** Props of `LoopRing`. */
export interface LoopRingProps {
  /** Prefix of the ids inside the SVG (the arrowhead marker). */
  readonly id: string;
  readonly turn: Turn;
  /** 1-based number of the turn shown. */
  readonly turnNumber: number;
  /** The phase being shown (highlighted); earlier phases of the turn show their numbers. */
  readonly phase: Phase;
}

/** The symbol and value a node shows once its phase has run. */
function nodeValue(phase: Phase, turn: Turn): string {
  switch (phase) {
    case 'predict':
      return `ŷ = ${fmt(turn.prediction, 3)}`;
    case 'loss':
      return `L = ${fmt(turn.loss, 3)}`;
    case 'gradient':
      return `∂L/∂w = ${fmt(turn.grad, 3)}`;
    case 'update':
      return `w = ${fmt(turn.next, 3)}`;
  }
}

/**
 * The training loop as a ring of four nodes (server-rendered SVG): the current phase is
 * highlighted, the phases already run in this turn show their value, the later ones a dot; the
 * centre holds the turn and the weight it started from.
 */
export function LoopRing({ id, turn, turnNumber, phase }: LoopRingProps) {
  const current = PHASES.indexOf(phase);
  const marker = `${id}-ring-arrow`;
  const summary = PHASES.slice(0, current + 1)
    .map((p) => nodeValue(p, turn))
    .join(', ');
  return (
    <svg
      class="loop-ring"
      viewBox={`0 0 ${RING_WIDTH} ${RING_HEIGHT}`}
      role="img"
      aria-label={`The training loop, turn ${turnNumber}, at the ${phase} phase: ${summary}.`}
    >
      <defs>
        <marker
          id={marker}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0L10,5L0,10z" fill="var(--fg-soft)" />
        </marker>
      </defs>
      <g aria-hidden="true">
        {ARCS.map((d, k) => (
          <path
            key={k}
            d={d}
            fill="none"
            stroke={k === current ? 'var(--accent)' : 'var(--fg-faint)'}
            stroke-width={k === current ? 2.25 : 1.5}
            marker-end={`url(#${marker})`}
          />
        ))}
        <text x="200" y="128" text-anchor="middle" fill="var(--fg-soft)" font-size="14">
          turn {turnNumber}
        </text>
        <text x="200" y="150" text-anchor="middle" fill="var(--fg)" font-size="15">
          w = {fmt(turn.w, 3)}
        </text>
        {PHASES.map((p, k) => {
          const { x, y } = RING_NODES[p];
          const active = k === current;
          const done = k <= current;
          return (
            <g key={p} data-phase={p} data-active={active ? 'true' : 'false'}>
              <rect
                x={x - NODE_W / 2}
                y={y - NODE_H / 2}
                width={NODE_W}
                height={NODE_H}
                rx="8"
                fill={active ? 'var(--accent-soft)' : 'var(--bg)'}
                stroke={active ? 'var(--accent)' : 'var(--border)'}
                stroke-width={active ? 2.5 : 1.25}
              />
              <text
                x={x}
                y={y - 6}
                text-anchor="middle"
                font-size="15"
                font-weight="600"
                fill="var(--fg)"
              >
                {k + 1}. {p}
              </text>
              <text
                x={x}
                y={y + 14}
                text-anchor="middle"
                font-size="14"
                fill={done ? 'var(--fg)' : 'var(--fg-faint)'}
                font-family="var(--font-mono)"
              >
                {done ? nodeValue(p, turn) : '·'}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
