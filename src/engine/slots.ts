/**
 * A concept node's children by slot (`condition`, `body`, `args`, …), in the order they were
 * first filled. A node has one to three slots, and a comparison of 10,000 lines makes tens of
 * thousands of nodes: a `Map` each (a hash table of its own, and an iterator object for every
 * loop over it) was the largest single thing the engine allocated. Names and lists alternate in
 * one small array instead, and loops go by index.
 */
import type { ConceptNode } from '../languages/language.js';

export class Slots {
  /** [name, list, name, list, …], made with its first slot: a list grown from empty by `push` reserves room for 17. */
  private entries: (string | ConceptNode[])[];

  constructor(name?: string, list?: ConceptNode[]) {
    this.entries = name !== undefined && list !== undefined ? [name, list] : [];
  }

  /** How many slots are filled. */
  get size(): number {
    return this.entries.length >> 1;
  }

  /** The name of the `index`th slot (0 ≤ index < size). */
  nameAt(index: number): string {
    return this.entries[index * 2] as string;
  }

  /** The list of the `index`th slot (0 ≤ index < size). */
  listAt(index: number): ConceptNode[] {
    return this.entries[index * 2 + 1] as ConceptNode[];
  }

  get(name: string): ConceptNode[] | undefined {
    const e = this.entries;
    for (let i = 0; i < e.length; i += 2) if (e[i] === name) return e[i + 1] as ConceptNode[];
    return undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  set(name: string, list: ConceptNode[]): void {
    const e = this.entries;
    for (let i = 0; i < e.length; i += 2) {
      if (e[i] === name) {
        e[i + 1] = list;
        return;
      }
    }
    // A new array of exactly the new size: most nodes have one or two slots.
    this.entries = e.length === 0 ? [name, list] : [...e, name, list];
  }

  /** Empties a slot; answers whether it was filled. */
  delete(name: string): boolean {
    const e = this.entries;
    for (let i = 0; i < e.length; i += 2) {
      if (e[i] === name) {
        e.splice(i, 2);
        return true;
      }
    }
    return false;
  }
}
