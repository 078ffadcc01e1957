// The rows an import is filling, kept open in a bounded map, least recently used out first:
// memory stays bounded whatever the order of the file, and a file sorted by its key fills
// each row completely before the row leaves. A row comes in through `load` and leaves
// through `onEvict` (which writes it back) when room is needed: when more rows are open than
// the buffer's count allows, or when they take more than its memory budget, each row counted
// at the size its owner gives for it as loaded (rows of one buffer need not be alike: a month
// read from the workspace may carry more registers than the file brings). The owner grows the
// count when it loads a row this import has already written, which it takes for a row evicted
// before the file was done with it: the rows a file fills at once outnumber the buffer (a file
// sorted by time over many meters), and each value would evict and rewrite a row. The day
// buffer writes a row only when evicting it; the month buffer also writes one in passing,
// which may make it grow once too often (see MonthBuffer.load).

/** What the rows an import keeps open may take in all: its buffers grow within this. */
export const OPEN_ROWS_BYTES = 144 * 2 ** 20;

interface OpenRow<V> {
  value: V;
  bytes: number;
}

export class LruBuffer<K, V> {
  /** A Map iterates in insertion order: re-inserting on every use keeps it least recently used first. */
  private readonly open = new Map<K, OpenRow<V>>();
  private bytes = 0;

  constructor(
    private capacity: number,
    /** What the open rows may take in all, whatever their count. */
    private readonly budgetBytes: number,
    /** A row's size in memory as loaded, with what its owner may still add to it. */
    private readonly sizeOf: (value: V) => number,
    private readonly load: (key: K) => V,
    private readonly onEvict: (value: V, key: K) => void,
  ) {
    if (capacity < 1) throw new RangeError('A buffer needs room for at least one row');
  }

  /** Doubles the rows it keeps open, unless the memory budget already keeps it from holding that many. */
  grow(): void {
    if (this.open.size >= this.capacity) this.capacity *= 2;
  }

  /** The row of a key, from the buffer or loaded; it becomes the most recently used. */
  get(key: K): V {
    let row = this.open.get(key);
    if (row === undefined) {
      const value = this.load(key);
      row = { value, bytes: this.sizeOf(value) };
      this.bytes += row.bytes;
    } else {
      this.open.delete(key);
    }
    this.open.set(key, row);
    // The row just asked for stays, whatever its size.
    while (this.open.size > this.capacity || (this.bytes > this.budgetBytes && this.open.size > 1)) this.evictOldest();
    return row.value;
  }

  /** The row of a key if it is open, without making it recently used. */
  peek(key: K): V | undefined {
    return this.open.get(key)?.value;
  }

  /** The open rows, least recently used first. */
  *values(): IterableIterator<V> {
    for (const row of this.open.values()) yield row.value;
  }

  /** Forgets every open row (after the owner has written them). */
  clear(): void {
    this.open.clear();
    this.bytes = 0;
  }

  private evictOldest(): void {
    const [key, row] = this.open.entries().next().value as [K, OpenRow<V>];
    this.open.delete(key);
    this.bytes -= row.bytes;
    this.onEvict(row.value, key);
  }
}
