// Chinese input methods type full-width forms (全角): '１２３', '（kW）', '：'. Exports carry them
// wherever a person typed a value, so every parser folds them to ASCII first.

const FULL_WIDTH = /[\uff01-\uff5e\u3000\u2212]/;

/** Full-width ASCII forms -> ASCII, the ideographic space -> ' ', U+2212 minus -> '-'. */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else if (code === 0x2212) out += '-';
    else out += text[i];
  }
  return out;
}
