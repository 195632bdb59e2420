import { describe, expect, it } from 'vitest';
import { Slots } from '../../src/engine/slots.js';
import type { ConceptNode } from '../../src/languages/language.js';

/** Stand-in lists: `Slots` only stores and hands back the arrays it is given. */
const list = (label: string): ConceptNode[] => [{ concept: label } as ConceptNode];

function entries(slots: Slots): [string, ConceptNode[]][] {
  const out: [string, ConceptNode[]][] = [];
  for (let i = 0; i < slots.size; i++) out.push([slots.nameAt(i), slots.listAt(i)]);
  return out;
}

describe('Slots', () => {
  it('keeps slots in the order they were first filled, past the two held in fields', () => {
    const slots = new Slots();
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(list) as ConceptNode[][];
    slots.set('condition', a as ConceptNode[]);
    slots.set('body', b as ConceptNode[]);
    slots.set('else', c as ConceptNode[]);
    slots.set('item', d as ConceptNode[]);
    expect(entries(slots)).toEqual([
      ['condition', a],
      ['body', b],
      ['else', c],
      ['item', d],
    ]);
    expect(slots.get('else')).toBe(c);
    expect(slots.has('item')).toBe(true);
    expect(slots.get('missing')).toBeUndefined();
  });

  it('replaces a filled slot in place', () => {
    const slots = new Slots();
    const first = list('first');
    const second = list('second');
    const third = list('third');
    slots.set('x', first);
    slots.set('y', second);
    slots.set('z', first);
    slots.set('y', third);
    slots.set('z', second);
    expect(entries(slots)).toEqual([
      ['x', first],
      ['y', third],
      ['z', second],
    ]);
  });

  it.each(['a', 'b', 'c', 'd'])('deletes slot %s and keeps the others in order', (gone) => {
    const slots = new Slots();
    const lists = new Map(['a', 'b', 'c', 'd'].map((name) => [name, list(name)]));
    for (const [name, l] of lists) slots.set(name, l);
    expect(slots.delete(gone)).toBe(true);
    expect(slots.delete(gone)).toBe(false);
    expect(entries(slots)).toEqual([...lists].filter(([name]) => name !== gone));
    // Filling it again puts it last.
    slots.set(gone, lists.get(gone) as ConceptNode[]);
    expect(slots.nameAt(slots.size - 1)).toBe(gone);
    expect(slots.size).toBe(4);
  });

  it('deletes down to empty and fills again', () => {
    const slots = new Slots();
    slots.set('a', list('a'));
    slots.set('b', list('b'));
    slots.delete('a');
    slots.delete('b');
    expect(slots.size).toBe(0);
    expect(slots.has('a')).toBe(false);
    const again = list('again');
    slots.set('b', again);
    expect(entries(slots)).toEqual([['b', again]]);
  });

  it('is empty and holds no old list after clear()', () => {
    const slots = new Slots();
    const old = list('old');
    slots.set('a', old);
    slots.set('b', old);
    slots.set('c', old);
    expect(slots.clear().size).toBe(0);
    expect(slots.get('a')).toBeUndefined();
    expect(slots.get('c')).toBeUndefined();
    slots.set('c', list('new'));
    expect(slots.size).toBe(1);
    expect(slots.nameAt(0)).toBe('c');
  });
});
