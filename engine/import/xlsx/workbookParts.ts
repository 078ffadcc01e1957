// The parts a worksheet's cells refer to, read into memory before the worksheet wherever they
// sit in the archive: the shared strings (cells of type s hold an index into them) and, from
// the styles, which cell style indexes show numbers as dates.
import type { FileHandle } from 'node:fs/promises';
import { isDateFormatId } from './numberFormats.js';
import { unescapeText, XmlStream, type XmlHandlers } from './xmlStream.js';
import { streamZipPart, type ZipEntry } from './zipDirectory.js';

type OnRead = (chunk: Buffer, position: number) => void;

/** Each <si>'s text: its <t> runs concatenated (rich text keeps every run), phonetic <rPh> runs left out. */
export async function readSharedStrings(file: FileHandle, entry: ZipEntry, onRead?: OnRead): Promise<string[]> {
  const strings = new SharedStrings();
  await parsePart(file, entry, strings, onRead);
  return strings.strings;
}

/** For each cell style index (the s of a cell), whether its number format shows a date. */
export async function readDateStyles(file: FileHandle, entry: ZipEntry, onRead?: OnRead): Promise<boolean[]> {
  const styles = new Styles();
  await parsePart(file, entry, styles, onRead);
  return styles.xfFormats.map((id) => isDateFormatId(id, styles.customFormats));
}

async function parsePart(file: FileHandle, entry: ZipEntry, handlers: XmlHandlers, onRead?: OnRead): Promise<void> {
  const part = await streamZipPart(file, entry, onRead);
  try {
    const xml = new XmlStream(entry.name, handlers);
    for await (const chunk of part.chunks) xml.write(chunk);
    xml.end();
  } finally {
    part.destroy();
  }
}

class SharedStrings implements XmlHandlers {
  readonly strings: string[] = [];
  private current: string | null = null;
  private inText = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === 'si') this.current = '';
    else if (name === 't') this.inText = this.current !== null && this.phonetic === 0;
    else if (name === 'rPh') this.phonetic++;
  }

  close(name: string): void {
    if (name === 't') {
      this.inText = false;
    } else if (name === 'rPh') {
      this.phonetic--;
    } else if (name === 'si') {
      this.strings.push(unescapeText(this.current ?? ''));
      this.current = null;
    }
  }

  text(text: string): void {
    if (this.inText) this.current += text;
  }
}

class Styles implements XmlHandlers {
  /** numFmtId -> format code, for the formats styles.xml defines (custom, or a built-in's id redefined). */
  readonly customFormats = new Map<number, string>();
  /** The numFmtId of each cell style, in order: the index is a cell's s. */
  readonly xfFormats: number[] = [];
  /** numFmt and xf elements count only inside these (dxfs and cellStyleXfs hold others). */
  private section: 'numFmts' | 'cellXfs' | null = null;

  open(name: string, attributes: Record<string, string>): void {
    if (name === 'numFmts' || name === 'cellXfs') {
      this.section = name;
    } else if (name === 'numFmt' && this.section === 'numFmts') {
      const id = Number.parseInt(attributes.numFmtId ?? '', 10);
      const code = attributes.formatCode;
      if (Number.isInteger(id) && code !== undefined) this.customFormats.set(id, code);
    } else if (name === 'xf' && this.section === 'cellXfs') {
      const id = Number.parseInt(attributes.numFmtId ?? '', 10);
      this.xfFormats.push(Number.isInteger(id) ? id : 0);
    }
  }

  close(name: string): void {
    if (name === this.section) this.section = null;
  }

  text(): void {}
}
