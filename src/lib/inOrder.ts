/**
 * Results that arrive out of order (from a pool of workers), handed on in
 * order as soon as each one's turn comes: only those that came early are
 * held, not all of them, so memory stays with the pool's size rather than
 * the number of results.
 */
export class InOrder<T> {
  private readonly early = new Map<number, T>();
  private next = 0;
  private chain: Promise<void> = Promise.resolve();
  private readonly handle: (value: T, index: number) => void | Promise<void>;

  /** `handle` is called once per index, from 0 up, one call finished before the next begins. */
  constructor(handle: (value: T, index: number) => void | Promise<void>) {
    this.handle = handle;
  }

  /** The result of `index` (each index from 0 once). */
  push(index: number, value: T): void {
    if (index < this.next || this.early.has(index)) throw new Error(`result ${index} came twice`);
    this.early.set(index, value);
    for (let value = this.early.get(this.next); this.early.has(this.next); value = this.early.get(this.next)) {
      this.early.delete(this.next);
      const index = this.next++;
      this.chain = this.chain.then(() => this.handle(value!, index));
    }
    // The error is for done(); until then it is not an unhandled rejection.
    this.chain.catch(() => {});
  }

  /** How many results are held, waiting for an earlier one. */
  get waiting(): number {
    return this.early.size;
  }

  /**
   * Resolves once every result pushed so far is handled and `count` came;
   * rejects with the first error `handle` threw (later results are then not handled).
   */
  async done(count: number): Promise<void> {
    await this.chain;
    if (this.next !== count) throw new Error(`result ${this.next} of ${count} never came`);
  }
}
