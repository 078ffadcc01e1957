import { describe, expect, it } from 'vitest';
import { describeRequirement, fittingKind } from '../../../renderer/pages/data/import/requirement.js';

describe('required fields as the mapping editor marks them', () => {
  it('marks fields every set needs as required and lists what the sets differ in', () => {
    const view = describeRequirement([
      ['meter', 'date', 'points'],
      ['meter', 'year', 'monthOfYear', 'dayOfMonth', 'points'],
      ['meter', 'timestamp', 'value'],
    ]);
    expect([...view.required]).toEqual(['meter']);
    expect(view.choices).toEqual([['date', 'points'], ['year', 'monthOfYear', 'dayOfMonth', 'points'], ['timestamp', 'value']]);
  });

  it('has no choices when there is one set', () => {
    const view = describeRequirement([['customer', 'month', 'billed']]);
    expect([...view.required]).toEqual(['customer', 'month', 'billed']);
    expect(view.choices).toEqual([]);
  });
});

describe('the kind a file fits when the one chosen does not', () => {
  const scores = [
    { kind: 'bills' as const, score: 1, complete: true },
    { kind: 'customers' as const, score: 0.75, complete: true },
    { kind: 'tickets' as const, score: 0.4, complete: false },
  ];

  it('names a complete kind that fits clearly better than the chosen one', () => {
    expect(fittingKind({ kind: 'customers', kindScores: scores, missing: [] })).toBe('bills');
    expect(fittingKind({ kind: 'bills', kindScores: scores, missing: [] })).toBeNull();
  });

  it('names a complete kind when the chosen one lacks a required column, however close the scores', () => {
    const close = [
      { kind: 'daily' as const, score: 0.6, complete: false },
      { kind: 'interval' as const, score: 0.62, complete: true },
    ];
    const missing = [{ field: 'total', accepted: ['正向有功总'] }];
    expect(fittingKind({ kind: 'daily', kindScores: close, missing })).toBe('interval');
    expect(fittingKind({ kind: 'daily', kindScores: close, missing: [] })).toBeNull();
  });

  it('names none when no other kind is complete, or none is chosen', () => {
    const missing = [{ field: 'customer', accepted: ['户号'] }];
    expect(fittingKind({ kind: 'tickets', kindScores: scores.slice(2), missing })).toBeNull();
    expect(fittingKind({ kind: null, kindScores: scores, missing: [] })).toBeNull();
  });
});
