/**
 * A concept node's children by slot (`condition`, `body`, `args`, …), in the order they were
 * first filled. A node has one to three slots, and a comparison of 10,000 lines makes tens of
 * thousands of nodes: a `Map` each (a hash table of its own, and an iterator object for every
 * loop over it) was the largest single thing the engine allocated. The first two slots live in
 * fields of their own and any further ones in a small array, loops go by index, and the objects
 * come from the comparison's arena (`arena.ts`), which empties and hands them out again.
 */
import type { ConceptNode } from '../languages/language.js';

/** What an empty slot field holds, so that a cleared `Slots` keeps no old node alive. */
const NO_LIST: ConceptNode[] = [];

export class Slots {
  private count = 0;
  private name0 = '';
  private list0 = NO_LIST;
  private name1 = '';
  private list1 = NO_LIST;
  /** Slots past the second: [name, list, name, list, …]; made to measure when a third is filled. */
  private more: (string | ConceptNode[])[] | null = null;

  /** Empties it, for its next node. */
  clear(): this {
    this.count = 0;
    this.list0 = this.list1 = NO_LIST;
    this.more = null;
    return this;
  }

  /** How many slots are filled. */
  get size(): number {
    return this.count;
  }

  /** The name of the `index`th slot (0 ≤ index < size). */
  nameAt(index: number): string {
    if (index === 0) return this.name0;
    if (index === 1) return this.name1;
    return (this.more as (string | ConceptNode[])[])[(index - 2) * 2] as string;
  }

  /** The list of the `index`th slot (0 ≤ index < size). */
  listAt(index: number): ConceptNode[] {
    if (index === 0) return this.list0;
    if (index === 1) return this.list1;
    return (this.more as (string | ConceptNode[])[])[(index - 2) * 2 + 1] as ConceptNode[];
  }

  get(name: string): ConceptNode[] | undefined {
    const i = this.indexOf(name);
    return i < 0 ? undefined : this.listAt(i);
  }

  has(name: string): boolean {
    return this.indexOf(name) >= 0;
  }

  set(name: string, list: ConceptNode[]): void {
    let i = this.indexOf(name);
    if (i < 0) {
      i = this.count++;
      if (i >= 2) {
        // A new array of exactly the new size (`push` would reserve room for 17): rarely needed.
        this.more = this.more === null ? [name, list] : this.more.concat([name, list]);
        return;
      }
    }
    this.put(i, name, list);
  }

  /** Empties a slot, keeping the order of the others; answers whether it was filled. */
  delete(name: string): boolean {
    const i = this.indexOf(name);
    if (i < 0) return false;
    for (let k = i; k + 1 < this.count; k++) this.put(k, this.nameAt(k + 1), this.listAt(k + 1));
    this.count--;
    if (this.count >= 2) {
      const more = this.more as (string | ConceptNode[])[];
      more.splice(-2, 2);
      if (more.length === 0) this.more = null;
    } else {
      // Down to one slot or none: the fields past it let go of their lists.
      this.more = null;
      this.list1 = NO_LIST;
      if (this.count === 0) this.list0 = NO_LIST;
    }
    return true;
  }

  private indexOf(name: string): number {
    if (this.count > 0 && this.name0 === name) return 0;
    if (this.count > 1 && this.name1 === name) return 1;
    const more = this.more;
    if (more !== null) {
      for (let k = 0; k < more.length; k += 2) if (more[k] === name) return k / 2 + 2;
    }
    return -1;
  }

  private put(index: number, name: string, list: ConceptNode[]): void {
    if (index === 0) {
      this.name0 = name;
      this.list0 = list;
    } else if (index === 1) {
      this.name1 = name;
      this.list1 = list;
    } else {
      const more = this.more as (string | ConceptNode[])[];
      more[(index - 2) * 2] = name;
      more[(index - 2) * 2 + 1] = list;
    }
  }
}
