// The overview's charts by keyboard: what each key does, as a function of the chart's state.
import { describe, expect, it } from 'vitest';
import { chartKeyAction } from '../../../renderer/pages/overview/charts/keyboard.js';

const bars = { items: 12, item: null, zoom: { start: 0, end: 100 } };

describe('chart keys', () => {
  it('walk the items with the arrows, from either end, and stop at the ends', () => {
    expect(chartKeyAction('ArrowRight', bars)).toEqual({ type: 'show', item: 0 });
    expect(chartKeyAction('ArrowLeft', bars)).toEqual({ type: 'show', item: 11 });
    expect(chartKeyAction('ArrowRight', { ...bars, item: 4 })).toEqual({ type: 'show', item: 5 });
    expect(chartKeyAction('ArrowRight', { ...bars, item: 11 })).toEqual({ type: 'show', item: 11 });
    expect(chartKeyAction('ArrowLeft', { ...bars, item: 0 })).toEqual({ type: 'show', item: 0 });
    expect(chartKeyAction('End', bars)).toEqual({ type: 'show', item: 11 });
    expect(chartKeyAction('ArrowRight', { ...bars, items: 0 })).toBeNull();
  });

  it('hide the values with Esc only when some are shown, leaving Esc to the page otherwise', () => {
    expect(chartKeyAction('Escape', { ...bars, item: 3 })).toEqual({ type: 'hide' });
    expect(chartKeyAction('Escape', bars)).toBeNull();
  });

  it('zoom about the middle of the window, within the axis, and back out to all of it', () => {
    expect(chartKeyAction('+', bars)).toEqual({ type: 'zoom', start: 25, end: 75 });
    expect(chartKeyAction('-', { ...bars, zoom: { start: 25, end: 75 } })).toEqual({ type: 'zoom', start: 0, end: 100 });
    expect(chartKeyAction('-', { ...bars, zoom: { start: 80, end: 100 } })).toEqual({ type: 'zoom', start: 60, end: 100 });
    expect(chartKeyAction('+', { ...bars, zoom: { start: 50, end: 56 } })).toEqual({ type: 'zoom', start: 50.5, end: 55.5 });
    expect(chartKeyAction('0', { ...bars, zoom: { start: 30, end: 40 } })).toEqual({ type: 'zoom', start: 0, end: 100 });
  });

  it('zoom about the item whose values are shown, so that it stays in the window', () => {
    // Item 10 of 12 stands at 87.5% of the axis: a window of 50 about it ends at the axis's end.
    expect(chartKeyAction('+', { ...bars, item: 10 })).toEqual({ type: 'zoom', start: 50, end: 100 });
    const action = chartKeyAction('+', { ...bars, item: 5, zoom: { start: 25, end: 75 } }) as { start: number; end: number };
    expect(action.start).toBeCloseTo(100 * (5.5 / 12) - 12.5);
    expect(action.end).toBeCloseTo(100 * (5.5 / 12) + 12.5);
  });

  it('leave other keys, and zoom keys on a chart without zoom (a pie), to the page', () => {
    expect(chartKeyAction('Tab', bars)).toBeNull();
    expect(chartKeyAction('+', { ...bars, zoom: null })).toBeNull();
  });
});
