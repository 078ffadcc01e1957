// Chinese word segmentation (jieba, through @node-rs/jieba's native binding) with the power-sector
// user dictionary in resources/text/power-dict.txt, so that 峰谷电价, 台区经理 or 欠费复电 stay one
// word. The dictionary is read once per process; an analyst may add terms to it (word, frequency,
// part of speech per line) without a rebuild.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { resourcePath } from '../core/resources.js';

let jieba: Jieba | undefined;

function segmenter(): Jieba {
  if (jieba) return jieba;
  // The default dictionary ships as a CommonJS module beside the binding.
  const { dict } = createRequire(import.meta.url)('@node-rs/jieba/dict') as { dict: Uint8Array };
  const made = Jieba.withDict(dict);
  made.loadDict(fs.readFileSync(resourcePath('text', 'power-dict.txt')));
  return (jieba = made);
}

/** A word holds a letter or a digit of some script (punctuation and blanks are not words). */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** The text's words in order, punctuation and blanks left out. */
export function segmentWords(text: string): string[] {
  if (text === '') return [];
  return segmenter()
    .cut(text, true)
    .filter((w) => WORDLIKE.test(w));
}
