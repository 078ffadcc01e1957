// A one-line progress bar on stderr, redrawn in place. Only on a terminal: when stderr is a
// file or a pipe (scripts, CI), progress would be noise, so nothing is written.
import type { EngineEvents } from '../../api/contract.js';
import { formatCount } from './numbers.js';

export interface Progress {
  update(p: EngineEvents['job.progress']): void;
  end(): void;
}

const MIN_REDRAW_MS = 100;

export function progressBar(stream: NodeJS.WriteStream, label: string): Progress {
  if (!stream.isTTY) return { update: () => undefined, end: () => undefined };
  let drawn = false;
  let last = 0;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < MIN_REDRAW_MS && p.fraction < 1) return;
      last = now;
      const columns = stream.columns || 80;
      const counts = p.done !== undefined ? ` ${formatCount(p.done)}${p.total ? '/' + formatCount(p.total) : ''}` : '';
      const eta = p.etaSeconds !== undefined ? ` ${formatSeconds(p.etaSeconds)} left` : '';
      const tail = ` ${Math.round(p.fraction * 100)}%${counts}${eta}`;
      const name = label.length > 30 ? '…' + label.slice(-29) : label;
      const barWidth = Math.max(10, Math.min(40, columns - name.length - tail.length - 4));
      const filled = Math.round(p.fraction * barWidth);
      const line = `${name} [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]${tail}`;
      stream.write(`\r${line.slice(0, columns - 1)}\x1b[K`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

function formatSeconds(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
