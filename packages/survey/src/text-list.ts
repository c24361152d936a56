/**
 * A growing list of texts held as UTF-8 in one buffer with their end offsets: about the
 * length of the text plus 4 bytes each, where a string of its own costs 24–40 bytes and
 * its slot 8 more. For the texts a large sheet has one of per row (shared strings,
 * respondent ids). Reading a text decodes a new string; `find` looks one up by hash.
 */
const SHORT = 64;

export class TextList {
  private bytes = Buffer.alloc(1 << 16);
  private used = 0;
  private ends = new Uint32Array(1 << 10);
  private count = 0;
  /** Open addressing over `hashes`/`slots` (index + 1; 0 is free), built on the first `find`. */
  private slots: Int32Array | undefined;
  private hashes: Int32Array | undefined;
  /** Each text's hash, by index, once `find` has been used: growing the table then decodes no text. */
  private itemHashes: Int32Array | undefined;

  get length(): number {
    return this.count;
  }

  /** Appends `text` and returns its index. */
  push(text: string): number {
    // A short ASCII text (an id, a code) is copied code by code: cheaper than two calls into the runtime.
    let ascii = text.length <= SHORT;
    for (let i = 0; ascii && i < text.length; i++) ascii = text.charCodeAt(i) < 0x80;
    const size = ascii ? text.length : Buffer.byteLength(text, 'utf8');
    if (this.used + size > this.bytes.length) {
      const bytes = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + size));
      this.bytes.copy(bytes, 0, 0, this.used);
      this.bytes = bytes;
    }
    if (ascii) {
      for (let i = 0; i < size; i++) this.bytes[this.used + i] = text.charCodeAt(i);
      this.used += size;
    } else this.used += this.bytes.write(text, this.used, 'utf8');
    if (this.count === this.ends.length) {
      const ends = new Uint32Array(this.ends.length * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.ends[this.count] = this.used;
    const item = this.count++;
    if (!this.slots) return item;
    if (item === this.itemHashes!.length) {
      const hashes = new Int32Array(this.itemHashes!.length * 2);
      hashes.set(this.itemHashes!);
      this.itemHashes = hashes;
    }
    const hash = hashOf(text);
    this.itemHashes![item] = hash;
    // Kept at most half full, so a search ends soon at a free slot.
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(item, hash);
    return item;
  }

  get(index: number): string {
    const start = index === 0 ? 0 : this.ends[index - 1]!;
    return this.bytes.toString('utf8', start, this.ends[index]);
  }

  /** The index of the first text equal to `text`, or -1. */
  find(text: string): number {
    if (!this.slots) this.rehash(1 << 10);
    const hash = hashOf(text);
    const slots = this.slots!;
    const mask = slots.length - 1;
    for (let at = hash & mask; slots[at] !== 0; at = (at + 1) & mask) {
      if (this.hashes![at] === hash && this.get(slots[at]! - 1) === text) return slots[at]! - 1;
    }
    return -1;
  }

  /** Rebuilds the table over every text so far, with at least `size` slots (a power of two). */
  private rehash(size: number): void {
    while (size < this.count * 2) size *= 2;
    if (!this.itemHashes) {
      this.itemHashes = new Int32Array(Math.max(this.ends.length, 1 << 10));
      for (let item = 0; item < this.count; item++) this.itemHashes[item] = hashOf(this.get(item));
    }
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    for (let item = 0; item < this.count; item++) this.place(item, this.itemHashes[item]!);
  }

  /** Puts an item in the first free slot from its hash; an earlier equal text stays first, as `find` wants. */
  private place(item: number, hash: number): void {
    const slots = this.slots!;
    const mask = slots.length - 1;
    let at = hash & mask;
    while (slots[at] !== 0) at = (at + 1) & mask;
    slots[at] = item + 1;
    this.hashes![at] = hash;
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
