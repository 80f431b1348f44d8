import { describe, expect, it } from 'vitest';
import { lossCurveMarkerGeometry, type MarkerScales } from '~/charts';

// x: u ∈ [−3, 3] → [0, 600] px; y: value ∈ [0, 10] → [400, 0] px (up is smaller y).
const scales: MarkerScales = {
  x: (u) => 100 * (u + 3),
  y: (v) => 400 - 40 * v,
  frame: { left: 0, right: 600, top: 0, bottom: 400 },
};
const inFrame = (x: number, y: number) => x >= -1e-9 && x <= 600 && y >= -1e-9 && y <= 400;

describe('lossCurveMarkerGeometry(current, scales)', () => {
  it('puts the dot at the scaled point and drops a line to the x axis', () => {
    const g = lossCurveMarkerGeometry({ u: 1, value: 2, slope: 1 }, scales);
    expect(g.dot).toEqual({ cx: 400, cy: 320 });
    expect(g.drop).toEqual({ x1: 400, y1: 320, x2: 400, y2: 400 });
  });

  it('aims the arrow downhill along the tangent: a slope of 1 is 40 px down per 100 px left', () => {
    const { arrow } = lossCurveMarkerGeometry({ u: 1, value: 2, slope: 1 }, scales);
    const dx = arrow!.x2 - arrow!.x1;
    const dy = arrow!.y2 - arrow!.y1;
    expect(dx).toBeLessThan(0);
    expect(dy / dx).toBeCloseTo(-0.4, 2);
    // A tenth of the frame width, capped at 58 px, minus the 8 px inset at the dot.
    expect(Math.hypot(arrow!.x2 - 400, arrow!.y2 - 320)).toBeCloseTo(58, 1);
  });

  it('points right when the slope is negative, and draws no arrow on a flat point', () => {
    const down = lossCurveMarkerGeometry({ u: 0, value: 5, slope: -2 }, scales).arrow!;
    expect(down.x2).toBeGreaterThan(down.x1);
    expect(lossCurveMarkerGeometry({ u: 0, value: 0, slope: 0 }, scales).arrow).toBeNull();
  });

  it('keeps the arrow and the tangent inside the frame near an edge (down to 18 px)', () => {
    const g = lossCurveMarkerGeometry({ u: -2.9, value: 0.2, slope: 3 }, scales);
    expect(inFrame(g.tangent!.x1, g.tangent!.y1) && inFrame(g.tangent!.x2, g.tangent!.y2)).toBe(
      true,
    );
    const a = g.arrow!;
    expect(Math.hypot(a.x2 - g.dot!.cx, a.y2 - g.dot!.cy)).toBeGreaterThanOrEqual(18 - 0.01);
  });

  it('handles a steep slope (−100, BCE near p = 0) without leaving the frame', () => {
    const g = lossCurveMarkerGeometry({ u: -2.99, value: 4.6, slope: -100 }, scales);
    const a = g.arrow!;
    expect(inFrame(a.x2, a.y2)).toBe(true);
    expect(a.y2).toBeGreaterThan(a.y1); // downhill is down the screen
  });

  it('draws nothing for a non-finite point', () => {
    expect(lossCurveMarkerGeometry({ u: 0, value: Number.NaN, slope: 1 }, scales)).toEqual({
      dot: null,
      drop: null,
      tangent: null,
      arrow: null,
    });
  });
});
