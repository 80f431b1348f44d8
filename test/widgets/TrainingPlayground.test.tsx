import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  accuracy,
  blobs,
  createLinearRegression,
  createLogisticRegression,
  createOptimizer,
  fit,
  getLoss,
  defaultParams,
  lineData,
  pick,
  splitTrainHeldOut,
  type FitResult,
} from '~/compute';
import { fmtSig } from '~/lib/format';
import { TrainingPlayground } from '~/widgets/TrainingPlayground/TrainingPlayground';

/** Compute's run for the regression line: lineData, a 25 % held-out split, SGD. */
function lineRun(
  loss: string,
  { outliers = 3, lr = 0.1, epochs = 200, seed = 1, extra = [] as [number, number][] } = {},
): FitResult {
  const d = lineData({ n: 20, noise: 1, outliers, seed });
  const split = splitTrainHeldOut(20, { heldOutFraction: 0.25, seed });
  const entry = getLoss(loss);
  return fit({
    model: createLinearRegression(1),
    data: {
      x: [...pick(d.x, split.train), ...extra.map((p) => p[0])],
      y: [...pick(d.y, split.train), ...extra.map((p) => p[1])],
    },
    heldOut: { x: pick(d.x, split.heldOut), y: pick(d.y, split.heldOut) },
    loss: entry,
    lossParams: defaultParams(entry),
    optimizer: createOptimizer('sgd', { lr }),
    epochs,
    seed,
  });
}

const combo = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const out = (label: string) => screen.getByLabelText(label).textContent;

beforeEach(() => window.history.replaceState(null, '', '/chapters/scratch/'));
afterEach(cleanup);

describe('<TrainingPlayground id task outliers>', () => {
  it('follows the kit conventions: data-widget, "Loss" is the one main control, two charts', () => {
    const { container } = render(<TrainingPlayground id="play" outliers={3} />);
    const root = container.querySelector('[data-widget="TrainingPlayground"]')!;
    expect(root.classList.contains('widget')).toBe(true);
    expect(root.querySelectorAll('[data-main-control]')).toHaveLength(1);
    expect(root.querySelector('[data-main-control]')).toBe(combo('Loss'));
    expect(screen.getAllByRole('img')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('shows compute’s final epoch, and switching MSE → MAE → Huber with outliers moves the line', () => {
    render(<TrainingPlayground id="play" outliers={3} />);
    const readLine = () => [out('Slope w'), out('Intercept b')];
    for (const loss of ['mse', 'mae', 'huber']) {
      fireEvent.change(combo('Loss'), { target: { value: loss } });
      const run = lineRun(loss);
      const last = run.trace[run.trace.length - 1]!;
      expect(readLine()).toEqual([fmtSig(last.params[0]!), fmtSig(last.params[1]!)]);
      expect(out('Training loss')).toBe(fmtSig(last.trainLoss));
      expect(out('Held-out loss')).toBe(fmtSig(last.heldOutLoss!));
    }
    // The outliers pull the MSE intercept up far more than MAE's: visibly different lines.
    const bOf = (loss: string) => lineRun(loss).params[1]!;
    expect(bOf('mse') - bOf('mae')).toBeGreaterThan(0.5);
  });

  it('the Player steps through the epochs of the one run (Restart, Step)', () => {
    render(<TrainingPlayground id="play" outliers={3} />);
    const run = lineRun('mse');
    fireEvent.click(screen.getByRole('button', { name: 'Restart' }));
    expect(out('Epoch')).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(out('Epoch')).toBe('2');
    expect(out('Training loss')).toBe(fmtSig(run.trace[2]!.trainLoss));
    expect(out('Slope w')).toBe(fmtSig(run.trace[2]!.params[0]!));
  });

  it('a diverging run says so in words and shows no NaN or Infinity', () => {
    const { container } = render(<TrainingPlayground id="play" outliers={3} />);
    fireEvent.change(combo('Learning rate'), { target: { value: '3' } });
    const run = lineRun('mse', { lr: 3 });
    expect(run.stop).toBe('diverged');
    expect(screen.getByText(/Training diverged/).textContent).toContain(run.message);
    expect(out('Epoch')).toBe(String(run.trace.length - 1));
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('"Add point" (keyboard-friendly) adds a training point and refits', () => {
    render(<TrainingPlayground id="play" outliers={0} />);
    fireEvent.input(screen.getByRole('spinbutton', { name: 'x' }), { target: { value: '1.5' } });
    fireEvent.input(screen.getByRole('spinbutton', { name: 'y' }), { target: { value: '-8' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add point' }));
    const run = lineRun('mse', { outliers: 0, extra: [[1.5, -8]] });
    expect(out('Slope w')).toBe(fmtSig(run.params[0]!));
    expect(screen.getByText(/1 added\. Added points are not saved in the link/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove added points' }));
    expect(out('Slope w')).toBe(fmtSig(lineRun('mse', { outliers: 0 }).params[0]!));
  });

  it('binary classification: margin and probability losses, accuracy and regions from compute', () => {
    const { container } = render(<TrainingPlayground id="play" />);
    fireEvent.change(combo('Task'), { target: { value: 'binary' } });
    const ids = [...combo('Loss').options].map((o) => o.value);
    expect(ids).toContain('hinge');
    expect(ids).toContain('bce');
    expect(ids).not.toContain('mse');
    expect(ids).not.toContain('zero-one');
    fireEvent.change(combo('Loss'), { target: { value: 'hinge' } });
    const b = blobs({ classes: 2, nPerClass: 40, spread: 0.8, seed: 1 });
    const split = splitTrainHeldOut(80, { heldOutFraction: 0.25, seed: 1 });
    const train = { x: pick(b.points, split.train), y: pick(b.labels, split.train) };
    const model = createLogisticRegression(2);
    const run = fit({
      model,
      data: train,
      heldOut: { x: pick(b.points, split.heldOut), y: pick(b.labels, split.heldOut) },
      loss: getLoss('hinge'),
      optimizer: createOptimizer('sgd', { lr: 0.3 }),
      epochs: 100,
      seed: 1,
    });
    expect(out('Training loss')).toBe(fmtSig(run.trace[100]!.trainLoss));
    expect(out('Training accuracy')).toMatch(
      new RegExp(`^${(100 * accuracy(model, run.params, train)).toFixed(1)}`),
    );
    expect(container.querySelectorAll('g[data-layer="model"] rect').length).toBeGreaterThan(1);
  });

  it('three-class classification offers cross-entropy only', () => {
    render(<TrainingPlayground id="play" />);
    fireEvent.change(combo('Task'), { target: { value: 'multiclass' } });
    expect([...combo('Loss').options].map((o) => o.value)).toEqual(['cross-entropy']);
    expect(out('Training accuracy')).toMatch(/%$/);
  });

  it('writes the settings to the URL and reads them back; a bad link falls back with a notice', async () => {
    const first = render(<TrainingPlayground id="play" outliers={3} />);
    fireEvent.change(combo('Loss'), { target: { value: 'huber' } });
    fireEvent.change(combo('Optimizer'), { target: { value: 'adam' } });
    fireEvent.change(combo('Batch size'), { target: { value: 'mini' } });
    await waitFor(() =>
      expect(window.location.search).toBe('?play.loss=huber&play.optimizer=adam&play.batch=mini'),
    );
    first.unmount();
    render(<TrainingPlayground id="play" outliers={3} />);
    expect(combo('Loss').value).toBe('huber');
    expect(combo('Optimizer').value).toBe('adam');
    cleanup();
    window.history.replaceState(null, '', '/x/?play.task=regression&play.loss=hinge&play.lr=7');
    const { container } = render(<TrainingPlayground id="play" outliers={3} />);
    const notice = screen.getByText(/could not be used/).textContent!;
    expect(notice).toMatch(/learning rate/);
    expect(notice).toMatch(/does not fit the task/);
    expect(combo('Loss').value).toBe('mse');
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });
});
