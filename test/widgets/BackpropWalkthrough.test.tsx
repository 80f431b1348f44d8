import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { network } from '~/compute';
import { fmt } from '~/lib/format';
import { BackpropWalkthrough } from '~/widgets/BackpropWalkthrough/BackpropWalkthrough';
import { NetworkDiagram } from '~/widgets/BackpropWalkthrough/NetworkDiagram';
import { BP_DEFAULTS, numbersOf, traceOf } from '~/widgets/BackpropWalkthrough/backpropState';
import { expectGolden } from '../charts/golden';

/** The chapter's example straight from compute, independently of the widget's state code. */
function chapterStep(overrides: { x?: number[]; y?: number; w11?: number; lr?: number } = {}) {
  const net = network.createNetworkFromWeights(2, [
    {
      weights: [
        [overrides.w11 ?? 0.2, 0.4],
        [0.3, 0.1],
      ],
      biases: [0.1, 0.2],
      activation: 'sigmoid',
    },
    { weights: [[0.7, 0.5]], biases: [0.3], activation: 'sigmoid' },
  ]);
  return network.backpropStep(net, overrides.x ?? [1, 0], [overrides.y ?? 1], {
    loss: 'bce',
    learningRate: overrides.lr ?? 0.5,
  });
}

const stepButton = () => screen.getByRole('button', { name: 'Step' });
const lines = () => document.querySelector('.bpw-lines')!.textContent ?? '';
const goTo = (stage: number) => {
  for (let k = 0; k < stage; k++) fireEvent.click(stepButton());
};
const f4 = (x: number) => fmt(x, 4);

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(cleanup);

describe('<BackpropWalkthrough id>', () => {
  it('follows the kit conventions; the Player’s "Step" is the main control', () => {
    const { container } = render(<BackpropWalkthrough id="bpw" />);
    const root = container.querySelector('[data-widget="BackpropWalkthrough"]')!;
    expect(root.classList.contains('widget')).toBe(true);
    expect(root.querySelector('[data-main-control]')).toBe(stepButton());
    expect(screen.getByRole('img', { name: /The 2-2-1 network/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '0. The network' })).toBeTruthy();
  });

  it('steps through forward, loss, backward, gradients and update with compute’s numbers', () => {
    render(<BackpropWalkthrough id="bpw" />);
    const s = chapterStep();
    const [hidden, out] = s.forward.layers;
    goTo(1);
    expect(lines()).toContain(`= ${f4(hidden!.z[0]!)}`);
    expect(lines()).toContain(`σ(z1) = σ(${f4(hidden!.z[0]!)}) = ${f4(hidden!.a[0]!)}`);
    goTo(2);
    expect(lines()).toContain(`ŷ = a = σ(z) = ${f4(out!.a[0]!)}`);
    goTo(1);
    expect(lines()).toContain(`= ${f4(s.backward.loss)}`);
    goTo(1);
    expect(lines()).toContain(
      `a − y = ${f4(out!.a[0]!)} − 1.0000 = ${f4(s.backward.deltas[1]![0]!)}`,
    );
    goTo(1);
    expect(lines()).toContain(`= ${f4(s.backward.deltas[0]![0]!)}`);
    expect(lines()).toContain(`= ${f4(s.backward.deltas[0]![1]!)}`);
    goTo(1);
    expect(lines()).toContain(`= ${f4(s.backward.gradients.weights[1]![0]![0]!)}`);
    goTo(1);
    expect(lines()).toContain(`= ${f4(s.backward.gradients.weights[0]![0]![0]!)}`);
    goTo(1);
    expect(screen.getByRole('heading', { name: '9. Update' })).toBeTruthy();
    expect(lines()).toContain(`= ${f4(s.updated.layers[1]!.weights[0]![0]!)}`);
    expect(lines()).toContain(`loss ${f4(s.backward.loss)} → ${f4(s.lossAfter)} (lower)`);
    // The diagram shows the updated weight on its edge.
    const edge = document.querySelector('[data-edge="W2[1]"]')!;
    expect(edge.textContent).toContain(`0.700 → ${fmt(s.updated.layers[1]!.weights[0]![0]!, 3)}`);
  });

  it('editing a weight, the input or the target recomputes every number downstream', () => {
    render(<BackpropWalkthrough id="bpw" />);
    const hiddenLayer = screen.getByRole('group', { name: 'Hidden layer' });
    fireEvent.change(within(hiddenLayer).getByRole('spinbutton', { name: 'W1[1,1]' }), {
      target: { value: '-1.5' },
    });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Target y' }), {
      target: { value: '0' },
    });
    goTo(4);
    const s = chapterStep({ w11: -1.5, y: 0 });
    expect(lines()).toContain(`= ${f4(s.backward.loss)}`);
    // Junk typed into a box is refused: the value stays.
    const x1 = screen.getByRole('spinbutton', { name: 'x1' }) as HTMLInputElement;
    fireEvent.change(x1, { target: { value: '' } });
    expect(x1.value).toBe('1');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('extreme values keep every number finite', () => {
    const { container } = render(<BackpropWalkthrough id="bpw" />);
    for (const name of ['x1', 'x2', 'W1[1,1]', 'W1[2,2]', 'W2[1]', 'W2[2]', 'b2'])
      fireEvent.change(screen.getByRole('spinbutton', { name }), { target: { value: '1e9' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Learning rate η' }), {
      target: { value: '10' },
    });
    for (let k = 0; k <= 9; k++) {
      expect(container.textContent, `stage ${k}`).not.toMatch(/NaN|Infinity|undefined|∞/);
      fireEvent.click(stepButton());
    }
  });

  it('writes the values and the stage to the URL and reads them back; junk falls back', async () => {
    const first = render(<BackpropWalkthrough id="bpw" />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'x2' }), { target: { value: '0.5' } });
    goTo(3);
    await waitFor(() => expect(window.location.search).toBe('?bpw.x2=0.5&bpw.s=3'));
    first.unmount();
    render(<BackpropWalkthrough id="bpw" />);
    expect(screen.getByRole('heading', { name: '3. Forward: output neuron' })).toBeTruthy();
    const s = chapterStep({ x: [1, 0.5] });
    expect(lines()).toContain(`ŷ = a = σ(z) = ${f4(s.forward.output[0]!)}`);
    cleanup();
    window.history.replaceState(null, '', '/x/?bpw.w11=abc&bpw.s=99');
    render(<BackpropWalkthrough id="bpw" />);
    expect(screen.getByText(/could not be used/).textContent).toMatch(/W1\[1,1\]/);
    expect(screen.getByRole('heading', { name: '0. The network' })).toBeTruthy();
  });
});

describe('<NetworkDiagram> golden SVGs', () => {
  const numbers = numbersOf(traceOf(BP_DEFAULTS));
  it('NetworkDiagram(chapter example, stage 6: hidden δ)', () => {
    const { container } = render(
      <NetworkDiagram values={BP_DEFAULTS} numbers={numbers} stage={6} />,
    );
    expectGolden('backprop-diagram-stage-6', container.querySelector('svg')!);
  });
  it('NetworkDiagram(chapter example, stage 9: update)', () => {
    const { container } = render(
      <NetworkDiagram values={BP_DEFAULTS} numbers={numbers} stage={9} />,
    );
    expectGolden('backprop-diagram-stage-9', container.querySelector('svg')!);
  });
});
