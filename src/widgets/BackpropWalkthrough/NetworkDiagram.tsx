import { fmt } from '~/lib/format';
import type { BackpropValues, TraceNumbers } from './backpropState';

/** The drawing's size (viewBox units); the SVG scales to its box. */
export const DIAGRAM_WIDTH = 640;
export const DIAGRAM_HEIGHT = 330;

const R = 27;
const IN = [
  { x: 52, y: 90 },
  { x: 52, y: 240 },
];
const HID = [
  { x: 300, y: 90 },
  { x: 300, y: 240 },
];
const OUT = { x: 500, y: 165 };
const LOSS = { x: 598, y: 165 };

/** Props of `NetworkDiagram`. */
export interface NetworkDiagramProps {
  readonly values: BackpropValues;
  readonly numbers: TraceNumbers;
  /** The stage shown (see STAGES): what is revealed grows with it. */
  readonly stage: number;
}

const f3 = (x: number) => fmt(x, 3);

/** A point a fraction t of the way from a to b. */
const along = (a: { x: number; y: number }, b: { x: number; y: number }, t: number) => ({
  x: a.x + (b.x - a.x) * t,
  y: a.y + (b.y - a.y) * t,
});

/** A text with a halo in the widget's background colour, so it reads over lines. */
function Label(props: {
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  tone?: 'fg' | 'soft' | 'warn' | 'good' | 'accent';
  bold?: boolean;
  size?: number;
}) {
  const fill = {
    fg: 'var(--fg)',
    soft: 'var(--fg-soft)',
    warn: 'var(--warn)',
    good: 'var(--good)',
    accent: 'var(--accent)',
  }[props.tone ?? 'fg'];
  return (
    <text
      x={Math.round(props.x * 10) / 10}
      y={Math.round(props.y * 10) / 10}
      text-anchor={props.anchor ?? 'middle'}
      fill={fill}
      stroke="var(--bg-raised)"
      stroke-width="4"
      stroke-linejoin="round"
      paint-order="stroke"
      font-size={props.size ?? 13}
      {...(props.bold && { 'font-weight': '600' })}
    >
      {props.text}
    </text>
  );
}

/**
 * The 2-2-1 network with its numbers (server-rendered SVG): inputs, weights on the edges, biases
 * by the neurons; then, stage by stage, z and a of each neuron, the loss, δ of each neuron, the
 * gradient under each weight and, at the update, each weight's new value.
 */
export function NetworkDiagram({ values: v, numbers: n, stage }: NetworkDiagramProps) {
  const W1 = [
    [v.w11, v.w12],
    [v.w21, v.w22],
  ];
  const b1 = [v.b11, v.b12];
  const W2 = [v.v1, v.v2];
  const showGradW2 = stage >= 7;
  const showGradW1 = stage >= 8;
  const updated = stage >= 9;
  // Where each W1 edge's label sits: straight edges at the middle, crossing ones near their
  // hidden neuron, left of the line and away from the crossing; [t along the edge, dx, dy, anchor].
  const w1Labels: readonly (readonly [number, number, number, 'middle' | 'end'])[][] = [
    [
      [0.5, 0, -8, 'middle'],
      [0.72, -8, -5, 'end'],
    ],
    [
      [0.72, -8, 15, 'end'],
      [0.5, 0, 19, 'middle'],
    ],
  ];
  /** An edge's text: the weight; with its gradient once computed; old → new at the update. */
  const edgeText = (old: number, grad: number, next: number, showGrad: boolean) =>
    updated ? `${f3(old)} → ${f3(next)}` : showGrad ? `${f3(old)} · ∂ ${f3(grad)}` : f3(old);
  const description =
    `The 2-2-1 network at the stage “${stage}”: input (${f3(v.x1)}, ${f3(v.x2)}), ` +
    (stage >= 3 ? `output a = ${f3(n.a[2])}, ` : '') +
    (stage >= 4 ? `loss ${f3(n.loss)}, ` : '') +
    `target ${f3(v.y)}.`;

  return (
    <svg
      class="bpw-diagram"
      viewBox={`0 0 ${DIAGRAM_WIDTH} ${DIAGRAM_HEIGHT}`}
      role="img"
      aria-label={description}
    >
      <g aria-hidden="true">
        {/* Edges, input → hidden, with W1 and (later) ∂L/∂W1. */}
        {HID.map((h, j) =>
          IN.map((i, k) => {
            const [t, dx, dy, anchor] = w1Labels[j]![k]!;
            const at = along(i, h, t);
            return (
              <g key={`w1-${j}-${k}`} data-edge={`W1[${j + 1},${k + 1}]`}>
                <line
                  x1={i.x + R}
                  y1={i.y}
                  x2={h.x - R}
                  y2={h.y}
                  stroke={showGradW1 ? 'var(--warn)' : 'var(--fg-faint)'}
                  stroke-width="1.5"
                />
                <Label
                  x={at.x + dx}
                  y={at.y + dy}
                  anchor={anchor}
                  text={edgeText(W1[j]![k]!, n.gW1[j]![k]!, n.W1[j]![k]!, showGradW1)}
                  {...(showGradW1 && !updated && { tone: 'warn' as const })}
                />
              </g>
            );
          }),
        )}
        {/* Edges, hidden → output, with W2 and (later) ∂L/∂W2. */}
        {HID.map((h, j) => {
          const at = along(h, OUT, 0.4);
          const dy = j === 0 ? -10 : 21;
          return (
            <g key={`w2-${j}`} data-edge={`W2[${j + 1}]`}>
              <line
                x1={h.x + R}
                y1={h.y}
                x2={OUT.x - R}
                y2={OUT.y}
                stroke={showGradW2 ? 'var(--warn)' : 'var(--fg-faint)'}
                stroke-width="1.5"
              />
              <Label
                x={at.x}
                y={at.y + dy}
                text={edgeText(W2[j]!, n.gW2[j]!, n.W2[j]!, showGradW2)}
                {...(showGradW2 && !updated && { tone: 'warn' as const })}
              />
            </g>
          );
        })}
        <line
          x1={OUT.x + R}
          y1={OUT.y}
          x2={LOSS.x - 28}
          y2={LOSS.y}
          stroke="var(--fg-faint)"
          stroke-width="1.5"
        />

        {/* Input nodes. */}
        {IN.map((i, k) => (
          <g key={`in-${k}`} data-node={`x${k + 1}`}>
            <circle cx={i.x} cy={i.y} r={R} fill="var(--bg)" stroke="var(--border)" />
            <Label x={i.x} y={i.y - 3} text={`x${k + 1}`} tone="soft" size={12} />
            <Label x={i.x} y={i.y + 13} text={f3(k === 0 ? v.x1 : v.x2)} bold />
          </g>
        ))}

        {/* Hidden neurons. */}
        {HID.map((h, j) => {
          const forward = stage >= j + 1;
          const active = stage === j + 1 || stage === 6 || stage === 8;
          const below = j === 0 ? -R - 30 : R + 18;
          return (
            <g key={`h-${j}`} data-node={`h${j + 1}`}>
              <circle
                cx={h.x}
                cy={h.y}
                r={R}
                fill={forward ? 'var(--accent-soft)' : 'var(--bg)'}
                stroke={active ? 'var(--accent)' : 'var(--border)'}
                stroke-width={active ? 2.5 : 1}
              />
              <Label x={h.x} y={h.y - 5} text={`h${j + 1}`} tone="soft" size={12} />
              <Label
                x={h.x}
                y={h.y + 12}
                text={forward ? `a ${f3(n.a[j]!)}` : `b ${f3(b1[j]!)}`}
                size={12}
                bold={forward}
              />
              <Label
                x={h.x}
                y={h.y + below}
                text={
                  forward
                    ? `z ${f3(n.z[j]!)} · b ${updated ? `${f3(b1[j]!)} → ${f3(n.b1[j]!)}` : f3(b1[j]!)}`
                    : ''
                }
                tone="soft"
                size={12}
              />
              {stage >= 6 && (
                <Label
                  x={h.x}
                  y={h.y + below + 15}
                  text={`δ ${f3(n.delta[j]!)}${showGradW1 ? ` · ∂b ${f3(n.gb1[j]!)}` : ''}`}
                  tone="warn"
                  size={12}
                />
              )}
            </g>
          );
        })}

        {/* Output neuron. */}
        <g data-node="out">
          <circle
            cx={OUT.x}
            cy={OUT.y}
            r={R}
            fill={stage >= 3 ? 'var(--accent-soft)' : 'var(--bg)'}
            stroke={stage === 3 || stage === 5 || stage === 7 ? 'var(--accent)' : 'var(--border)'}
            stroke-width={stage === 3 || stage === 5 || stage === 7 ? 2.5 : 1}
          />
          <Label x={OUT.x} y={OUT.y - 5} text="out" tone="soft" size={12} />
          <Label
            x={OUT.x}
            y={OUT.y + 12}
            text={stage >= 3 ? `a ${f3(n.a[2])}` : `b ${f3(v.b2)}`}
            size={12}
            bold={stage >= 3}
          />
          {stage >= 3 && (
            <Label
              x={OUT.x - 22}
              y={OUT.y - R - 26}
              anchor="start"
              text={`z ${f3(n.z[2])} · b ${updated ? `${f3(v.b2)} → ${f3(n.b2)}` : f3(v.b2)}`}
              tone="soft"
              size={12}
            />
          )}
          {stage >= 5 && (
            <Label
              x={OUT.x - 22}
              y={OUT.y - R - 11}
              anchor="start"
              text={`δ ${f3(n.delta[2])}${showGradW2 ? ` · ∂b ${f3(n.gb2)}` : ''}`}
              tone="warn"
              size={12}
            />
          )}
        </g>

        {/* Loss. */}
        <g data-node="loss">
          <rect
            x={LOSS.x - 28}
            y={LOSS.y - 26}
            width="56"
            height="52"
            rx="6"
            fill={stage >= 4 ? 'var(--warn-soft)' : 'var(--bg)'}
            stroke={stage === 4 ? 'var(--warn)' : 'var(--border)'}
            stroke-width={stage === 4 ? 2.5 : 1}
          />
          <Label x={LOSS.x} y={LOSS.y - 6} text="L" tone="soft" size={12} />
          <Label x={LOSS.x} y={LOSS.y + 12} text={stage >= 4 ? f3(n.loss) : '·'} size={12} bold />
          <Label x={LOSS.x} y={LOSS.y + 42} text={`y ${f3(v.y)}`} tone="soft" size={12} />
          {updated && (
            <Label
              x={LOSS.x}
              y={LOSS.y + 58}
              text={`→ ${f3(n.lossAfter)}`}
              tone={n.lossAfter < n.loss ? 'good' : 'warn'}
              size={12}
              bold
            />
          )}
        </g>
      </g>
    </svg>
  );
}
