import { describe, expect, it } from 'vitest';
import { describeRequirement } from '../../../renderer/pages/data/import/requirement.js';

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
