// Encoders for GBK and GB18030, for tests only: TextEncoder writes nothing but UTF-8, and real
// utility exports are GBK. The tables are built by decoding every code with Node's own decoder,
// so the tests and the importer agree on the mapping by construction.

let twoByte: Map<number, number> | undefined; // UTF-16 unit -> GBK code (lead << 8 | trail)
let fourByteBmp: Map<number, number> | undefined; // BMP char outside GBK -> GB18030 linear index

function twoByteTable(): Map<number, number> {
  if (twoByte) return twoByte;
  const codes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) codes.push((lead << 8) | trail);
  }
  const bytes = Buffer.alloc(codes.length * 2);
  codes.forEach((code, i) => bytes.writeUInt16BE(code, i * 2));
  const chars = new TextDecoder('gb18030').decode(bytes);
  // Every code of the two-byte range decodes to exactly one BMP unit (user-defined areas to PUA).
  if (chars.length !== codes.length) throw new Error('Unexpected GB18030 two-byte decoding');
  twoByte = new Map();
  for (let i = 0; i < codes.length; i++) {
    const unit = chars.charCodeAt(i);
    if (unit !== 0xfffd && !twoByte.has(unit)) twoByte.set(unit, codes[i]!);
  }
  return twoByte;
}

/** GB18030 four-byte code <-> linear index: b1 0x81.., b2 0x30-0x39, b3 0x81-0xFE, b4 0x30-0x39. */
function fourByteCode(linear: number, firstLead: number): Buffer {
  return Buffer.from([
    firstLead + Math.floor(linear / 12_600),
    0x30 + (Math.floor(linear / 1_260) % 10),
    0x81 + (Math.floor(linear / 10) % 126),
    0x30 + (linear % 10),
  ]);
}

function fourByteBmpTable(): Map<number, number> {
  if (fourByteBmp) return fourByteBmp;
  const count = 39_420; // 0x81308130 .. 0x8431A439: the BMP characters GBK lacks
  const bytes = Buffer.concat(Array.from({ length: count }, (_, i) => fourByteCode(i, 0x81)));
  const chars = new TextDecoder('gb18030').decode(bytes);
  if (chars.length !== count) throw new Error('Unexpected GB18030 four-byte decoding');
  fourByteBmp = new Map();
  for (let i = 0; i < count; i++) {
    const unit = chars.charCodeAt(i);
    if (unit !== 0xfffd && !fourByteBmp.has(unit)) fourByteBmp.set(unit, i);
  }
  return fourByteBmp;
}

function encode(text: string, allowFourByte: boolean): Buffer {
  const out: Buffer[] = [];
  const table = twoByteTable();
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) out.push(Buffer.from([cp]));
    else if (table.has(cp)) {
      const code = table.get(cp)!;
      out.push(Buffer.from([code >> 8, code & 0xff]));
    } else if (!allowFourByte) {
      throw new Error(`'${char}' (U+${cp.toString(16).toUpperCase()}) has no GBK code`);
    } else if (cp >= 0x10000) {
      out.push(fourByteCode(cp - 0x10000, 0x90)); // supplementary planes start at 0x90308130
    } else {
      const linear = fourByteBmpTable().get(cp);
      if (linear === undefined) throw new Error(`'${char}' has no GB18030 code`);
      out.push(fourByteCode(linear, 0x81));
    }
  }
  return Buffer.concat(out);
}

/** GBK bytes of `text`; throws on a character GBK cannot hold. */
export function encodeGbk(text: string): Buffer {
  return encode(text, false);
}

/** GB18030 bytes of `text`, using four-byte codes for what GBK lacks (e.g. '𠀀', '€' stays two-byte). */
export function encodeGb18030(text: string): Buffer {
  return encode(text, true);
}
