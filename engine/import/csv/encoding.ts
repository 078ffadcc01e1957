// Which text encoding a CSV file is in, from its first bytes. Chinese utility systems export
// GBK; GB18030 is its superset (and GB2312's), so a file that is not valid UTF-8 is read as
// GB18030. Node's ICU decodes 'gb18030', 'utf-16le' and 'utf-16be'.
import { isUtf8 } from 'node:buffer';
import type { TextEncodingName } from '../../api/importTypes.js';

export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** Bytes of the byte-order mark at the start of the file (0 when none). */
  bomLength: number;
}

/**
 * `head` is the start of the file; `complete` is true when it is the whole file (otherwise a
 * multi-byte character may be cut at its end, which is not a sign of another encoding).
 */
export function detectEncoding(head: Uint8Array, complete: boolean): DetectedEncoding {
  const bom = byteOrderMark(head);
  if (bom) return bom;
  const utf16 = utf16ByNulPattern(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  return { encoding: isUtf8(complete ? head : withoutCutCharacter(head)) ? 'utf-8' : 'gb18030', bomLength: 0 };
}

export function byteOrderMark(head: Uint8Array): DetectedEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: ASCII characters (digits, delimiters, line ends: most of a CSV) have a
 * NUL high byte, at odd offsets in little-endian text and even offsets in big-endian text.
 */
function utf16ByNulPattern(head: Uint8Array): TextEncodingName | null {
  const length = Math.min(head.length, 4096) & ~1;
  if (length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  if (odd > pairs * 0.3 && even < odd * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < even * 0.05) return 'utf-16be';
  return null;
}

/** `bytes` without a UTF-8 sequence cut off at its end. */
export function withoutCutCharacter(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return bytes; // ASCII: nothing cut
    if (byte >= 0xc0) {
      // A lead byte: its sequence is 2, 3 or 4 bytes long.
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? bytes.subarray(0, bytes.length - back) : bytes;
    }
  }
  return bytes;
}
