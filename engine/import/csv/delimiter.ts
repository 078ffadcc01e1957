// The delimiter of a CSV file, from its first lines: the candidate that splits the most lines
// into the same number of fields (counted outside quotes). Title lines above the header
// ("XX供电公司 用户档案 导出时间:2024-03-05") have no delimiters and do not count against it.

const delimiterCandidates = [',', '\t', ';', '|'] as const;
type Delimiter = (typeof delimiterCandidates)[number];

const MAX_LINES = 50;

export function detectDelimiter(text: string): Delimiter {
  const counts = delimiterCandidates.map(() => [] as number[]);
  for (const line of records(text)) {
    const perLine = countOutsideQuotes(line);
    perLine.forEach((count, k) => counts[k]!.push(count));
  }
  let best: Delimiter = ',';
  let bestScore = 0;
  let bestFields = 0;
  delimiterCandidates.forEach((candidate, k) => {
    const [fields, lines] = mostCommonNonZero(counts[k]!);
    if (lines > bestScore || (lines === bestScore && fields > bestFields)) {
      best = candidate;
      bestScore = lines;
      bestFields = fields;
    }
  });
  return best;
}

/** The first non-blank records of `text`; a quoted field may span lines. */
function records(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length && out.length < MAX_LINES; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if ((c === '\n' || c === '\r') && !inQuotes) {
      if (i > start && text.slice(start, i).trim() !== '') out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  // The sample's last line may be cut short: use it only when nothing else was found.
  if (out.length === 0 && start < text.length) out.push(text.slice(start));
  return out;
}

function countOutsideQuotes(line: string): number[] {
  const counts = delimiterCandidates.map(() => 0);
  let inQuotes = false;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes) {
      const k = delimiterCandidates.indexOf(c as Delimiter);
      if (k >= 0) counts[k]!++;
    }
  }
  return counts;
}

/** [the most common non-zero count, how many lines have it]; larger counts win ties. */
function mostCommonNonZero(counts: number[]): [number, number] {
  const tally = new Map<number, number>();
  for (const n of counts) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
  let value = 0;
  let lines = 0;
  for (const [n, times] of tally) {
    if (times > lines || (times === lines && n > value)) {
      value = n;
      lines = times;
    }
  }
  return [value, lines];
}
