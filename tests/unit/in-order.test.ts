import { describe, expect, it } from 'vitest';
import { InOrder } from '../../src/lib/inOrder.ts';

describe('results handed on in order', () => {
  it('hands each result on in index order, holding only those that came early', async () => {
    const handled: string[] = [];
    const results = new InOrder<string>((value, index) => void handled.push(`${index}:${value}`));
    results.push(2, 'c');
    results.push(1, 'b');
    expect(results.waiting).toBe(2);
    results.push(0, 'a');
    expect(results.waiting).toBe(0);
    results.push(3, 'd');
    await results.done(4);
    expect(handled).toEqual(['0:a', '1:b', '2:c', '3:d']);
  });

  it('waits for one asynchronous handling to end before the next begins', async () => {
    const events: string[] = [];
    const results = new InOrder<number>(async (value) => {
      events.push(`start ${value}`);
      await new Promise((resolve) => setTimeout(resolve, 5 - value));
      events.push(`end ${value}`);
    });
    [1, 0, 2].forEach((value) => results.push(value, value));
    await results.done(3);
    expect(events).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('stops at the first error, and says when results are missing or come twice', async () => {
    const handled: number[] = [];
    const failing = new InOrder<number>((value) => {
      if (value === 1) throw new Error('bad file');
      handled.push(value);
    });
    [0, 1, 2].forEach((value) => failing.push(value, value));
    await expect(failing.done(3)).rejects.toThrow('bad file');
    expect(handled).toEqual([0]);

    const short = new InOrder<number>(() => {});
    short.push(0, 0);
    short.push(2, 2);
    await expect(short.done(3)).rejects.toThrow('result 1 of 3 never came');
    expect(() => short.push(0, 0)).toThrow('result 0 came twice');
    expect(() => short.push(2, 2)).toThrow('result 2 came twice');
  });
});
