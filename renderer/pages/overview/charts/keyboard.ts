// What a key does to a chart that has the focus: a pure function of the chart's state, so that
// the keys can be tested without a canvas.

export interface ChartState {
  /** Items of the first series. */
  items: number;
  /** The item whose values are shown, or null. */
  item: number | null;
  /** The zoom window in percent of the axis, or null where the chart has no zoom (a pie). */
  zoom: { start: number; end: number } | null;
}

export type ChartAction = { type: 'show'; item: number } | { type: 'hide' } | { type: 'zoom'; start: number; end: number } | { type: 'activate'; item: number };

/** The narrowest window zooming in goes to, in percent of the axis. */
const MIN_WINDOW = 5;

export function chartKeyAction(key: string, state: ChartState): ChartAction | null {
  const last = state.items - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return last < 0 ? null : { type: 'show', item: state.item === null ? 0 : Math.min(last, state.item + 1) };
    case 'ArrowLeft':
    case 'ArrowUp':
      return last < 0 ? null : { type: 'show', item: state.item === null ? last : Math.max(0, state.item - 1) };
    case 'Home':
      return last < 0 ? null : { type: 'show', item: 0 };
    case 'End':
      return last < 0 ? null : { type: 'show', item: last };
    case 'Escape':
      return state.item === null ? null : { type: 'hide' };
    case 'Enter':
    case ' ':
      // What a click on the item does (the Overview's cross-filter), for the item whose values are shown.
      return state.item === null ? null : { type: 'activate', item: state.item };
    case '+':
    case '=':
      return state.zoom ? zoomed(state.zoom, 0.5, focusOf(state)) : null;
    case '-':
    case '_':
      return state.zoom ? zoomed(state.zoom, 2, focusOf(state)) : null;
    case '0':
      return state.zoom ? { type: 'zoom', start: 0, end: 100 } : null;
    default:
      return null;
  }
}

/** Where on the axis (percent) the item whose values are shown stands, or null. */
function focusOf(state: ChartState): number | null {
  return state.item === null || state.items === 0 ? null : ((state.item + 0.5) / state.items) * 100;
}

/** The window scaled about the item shown, else about its middle; kept on the axis. */
function zoomed({ start, end }: { start: number; end: number }, factor: number, focus: number | null): ChartAction {
  const width = Math.min(100, Math.max(MIN_WINDOW, (end - start) * factor));
  const middle = focus ?? (start + end) / 2;
  const from = Math.min(100 - width, Math.max(0, middle - width / 2));
  return { type: 'zoom', start: from, end: from + width };
}
