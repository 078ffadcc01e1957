import { describe, expect, it } from 'vitest';
import { segmentWords } from '../../../engine/text/segment.js';
import { termCounts } from '../../../engine/text/features.js';
import { normalizeText } from '../../../engine/text/normalize.js';

describe('word segmentation', () => {
  it('keeps a power term of the user dictionary as one word', () => {
    const words = segmentWords('台区经理说峰谷电价调整后欠费复电要等两天');
    expect(words).toContain('台区经理');
    expect(words).toContain('峰谷电价');
    expect(words).toContain('欠费复电');
  });

  it('leaves punctuation and blanks out', () => {
    expect(segmentWords('电表，坏了！ ')).toEqual(['电表', '坏', '了']);
    expect(segmentWords('')).toEqual([]);
  });

  it('folds full-width forms and Latin case', () => {
    expect(normalizeText('ＡＰＰ　缴费１２３')).toBe('app 缴费123');
  });
});

describe('term counts', () => {
  it('count words, word bigrams and character n-grams in their own buckets', () => {
    const counts = termCounts('电费电费', { bits: 20, wordNgrams: 2, charMin: 1, charMax: 2 });
    // words: 电费 ×2, bigram 电费 电费; chars: 电 ×2, 费 ×2, 电费 ×2, 费电
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(3 + 7);
    expect(counts.size).toBe(2 + 4);
  });
});
