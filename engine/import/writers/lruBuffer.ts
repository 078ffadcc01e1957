// The rows an import is filling, kept open in a bounded map, least recently used out first:
// memory stays bounded whatever the order of the file, and a file sorted by its key fills
// each row completely before the row leaves. A row comes in through `load` and leaves
// through `onEvict` (which writes it back) when room is needed. The owner grows the buffer
// when rows it evicted come back: then the rows a file fills at once outnumber the buffer (a
// file sorted by time over many meters), and each value would evict and rewrite a row.

/** What the rows an import keeps open may take in all: its buffers grow within this. */
export const OPEN_ROWS_BYTES = 144 * 2 ** 20;

export class LruBuffer<K, V> {
  /** A Map iterates in insertion order: re-inserting on every use keeps it least recently used first. */
  private readonly open = new Map<K, V>();

  constructor(
    private capacity: number,
    private readonly load: (key: K) => V,
    private readonly onEvict: (value: V, key: K) => void,
    /** The most rows `grow` may make room for: the buffer's memory budget. */
    private readonly maxCapacity = capacity,
  ) {
    if (capacity < 1) throw new RangeError('A buffer needs room for at least one row');
  }

  /** Doubles the room, within the budget. */
  grow(): void {
    this.capacity = Math.min(this.maxCapacity, this.capacity * 2);
  }

  /** The row of a key, from the buffer or loaded; it becomes the most recently used. */
  get(key: K): V {
    let value = this.open.get(key);
    if (value === undefined) value = this.load(key);
    else this.open.delete(key);
    this.open.set(key, value);
    if (this.open.size > this.capacity) this.evictOldest();
    return value;
  }

  /** The row of a key if it is open, without making it recently used. */
  peek(key: K): V | undefined {
    return this.open.get(key);
  }

  /** The open rows, least recently used first. */
  values(): IterableIterator<V> {
    return this.open.values();
  }

  /** Forgets every open row (after the owner has written them). */
  clear(): void {
    this.open.clear();
  }

  private evictOldest(): void {
    const [key, value] = this.open.entries().next().value as [K, V];
    this.open.delete(key);
    this.onEvict(value, key);
  }
}
