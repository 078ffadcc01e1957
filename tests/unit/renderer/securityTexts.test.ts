// The role policy's refusal as the interface words it: the role and the roles allowed in words of
// the user's language, never codes.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { toErrorPayload, type ErrorPayload } from '../../../engine/api/errors.js';
import type { Language } from '../../../engine/api/types.js';
import { authorize } from '../../../engine/host/policy.js';
import { errorText } from '../../../renderer/i18n/labels.js';
import { translations } from '../../helpers/translations.js';

let texts: Record<Language, TFunction>;
beforeAll(async () => {
  texts = await translations();
});

function refusal(): ErrorPayload {
  try {
    authorize('customers.get', { customerId: '1', unmask: true }, { name: 'ana', role: 'analyst' });
  } catch (error) {
    return toErrorPayload(error);
  }
  throw new Error('expected a refusal');
}

describe('a forbidden call in words', () => {
  it('names the role and the roles allowed in English and in Chinese', () => {
    const en = errorText(texts.en, refusal(), 'en');
    expect(en).toContain('Your role (Analyst)');
    expect(en).toContain('Auditor and Administrator');
    const zh = errorText(texts['zh-CN'], refusal(), 'zh-CN');
    expect(zh).toContain('分析员');
    expect(zh).toMatch(/稽查员.*管理员/);
    expect(zh).not.toMatch(/analyst|auditor|administrator|\{\{/);
  });
});
