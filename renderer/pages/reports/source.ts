// What the builder opens, as the route's detail names it: a saved report by id, the monthly
// template for a month and language ('monthly~2024-06~zh-CN'), or an empty report ('new').
import type { Language } from '../../../engine/api/types.js';

export type BuilderSource = { kind: 'saved'; reportId: number } | { kind: 'monthly'; month: string; language: Language } | { kind: 'new' };

export function monthlySource(month: string, language: Language): string {
  return `monthly~${month}~${language}`;
}

export function parseSource(detail: string | null): BuilderSource {
  if (detail && /^\d+$/.test(detail)) return { kind: 'saved', reportId: Number(detail) };
  const monthly = detail ? /^monthly~(\d{4}-\d{2})~(zh-CN|en)$/.exec(detail) : null;
  if (monthly) return { kind: 'monthly', month: monthly[1]!, language: monthly[2] as Language };
  return { kind: 'new' };
}
