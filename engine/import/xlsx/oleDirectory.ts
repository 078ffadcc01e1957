// Names of the streams in an OLE compound file (Compound File Binary, the container of legacy
// .xls files). Excel also wraps a password-protected .xlsx in one: the encrypted workbook sits
// in an 'EncryptedPackage' stream next to an 'EncryptionInfo' stream. Reading the directory
// tells the two apart so that the user gets the right advice.
import type { FileHandle } from 'node:fs/promises';

export const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;
/** A directory longer than this is a loop in a damaged file, not a real workbook. */
const MAX_DIRECTORY_SECTORS = 4096;

/** Stream and storage names of the compound file; [] when its directory cannot be read. */
export async function readOleStreamNames(file: FileHandle, size: number): Promise<string[]> {
  try {
    const header = await readAt(file, 0, 512);
    const sectorSize = 1 << header.readUInt16LE(0x1e);
    if (sectorSize !== 512 && sectorSize !== 4096) return [];
    const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
    const perSector = sectorSize / 4;

    // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
    const fatSectors: number[] = [];
    for (let k = 0; k < HEADER_DIFAT_ENTRIES; k++) fatSectors.push(header.readUInt32LE(0x4c + k * 4));
    let difat = header.readUInt32LE(0x44);
    for (let n = header.readUInt32LE(0x48); n > 0 && difat < END_OF_CHAIN; n--) {
      const sector = await readAt(file, sectorOffset(difat), sectorSize);
      for (let k = 0; k < perSector - 1; k++) fatSectors.push(sector.readUInt32LE(k * 4));
      difat = sector.readUInt32LE(sectorSize - 4);
    }
    const nextSector = async (sector: number) => {
      const fatSector = fatSectors[Math.floor(sector / perSector)];
      if (fatSector === undefined || fatSector >= END_OF_CHAIN) return END_OF_CHAIN;
      return (await readAt(file, sectorOffset(fatSector) + (sector % perSector) * 4, 4)).readUInt32LE(0);
    };

    const names: string[] = [];
    let sector = header.readUInt32LE(0x30);
    for (let n = 0; sector < END_OF_CHAIN && n < MAX_DIRECTORY_SECTORS; n++) {
      if (sectorOffset(sector) + sectorSize > size) break;
      const entries = await readAt(file, sectorOffset(sector), sectorSize);
      for (let p = 0; p < sectorSize; p += DIRECTORY_ENTRY_SIZE) {
        const nameBytes = entries.readUInt16LE(p + 0x40);
        const type = entries[p + 0x42];
        if (type !== 0 && nameBytes >= 2 && nameBytes <= 64) names.push(entries.toString('utf16le', p, p + nameBytes - 2));
      }
      sector = await nextSector(sector);
      if (sector === FREE) break;
    }
    return names;
  } catch {
    return [];
  }
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead < length) throw new RangeError('The compound file ends early');
  return buffer;
}
