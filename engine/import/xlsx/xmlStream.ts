// An XML part of a workbook fed to the saxes SAX parser chunk by chunk, as it is inflated:
// handlers see element names without their namespace prefix ('x:row' is 'row'), so parts
// written with a prefixed SpreadsheetML namespace read the same. Malformed XML throws from
// write() or end().
import { TextDecoder } from 'node:util';
import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

export class XmlStream {
  private readonly parser: SaxesParser;
  private decoder: TextDecoder | null = null;

  constructor(part: string, handlers: XmlHandlers) {
    this.parser = new SaxesParser({ fileName: part });
    this.parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes));
    this.parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
    this.parser.on('text', (text) => handlers.text(text));
    this.parser.on('cdata', (text) => handlers.text(text));
  }

  write(chunk: Buffer): void {
    this.decoder ??= new TextDecoder(encodingOf(chunk));
    this.parser.write(this.decoder.decode(chunk, { stream: true }));
  }

  end(): void {
    const rest = this.decoder?.decode() ?? '';
    if (rest) this.parser.write(rest);
    this.parser.close();
  }
}

/** Parts are UTF-8; a UTF-16 part says so with its byte-order mark (which the decoder drops). */
function encodingOf(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const ESCAPED_CHARACTER = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Excel writes characters that XML cannot hold (a carriage return, other controls) as _xHHHH_,
 * and a literal '_x' that would read as one as _x005F_x.
 */
export function unescapeText(text: string): string {
  return text.includes('_x') ? text.replace(ESCAPED_CHARACTER, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
