/**
 * Who decides whether a pair handed to a compare thread runs: the thread as it begins it, or the
 * pool as it answers it `busy` at its start deadline or moves it away from an overrunning thread.
 * Messages cannot settle that: the pool's timers fire before it reads the thread's messages, so a
 * pair could be answered 503 while the thread compared it. Each handing carries a word of shared
 * memory instead, and whoever swaps it from `OPEN` first wins. The thread marks it `FINISHED` once
 * its answer is made, so that the watchdog can tell a thread that overran its budget from one
 * whose answer the busy event loop has not read yet.
 */
const OPEN = 0;
const STARTED = 1;
const REFUSED = 2;
const FINISHED = 3;

/** The claim of one handing of a pair to a thread. */
export type Claim = Int32Array;

export function newClaim(): Claim {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** The thread's side: true if it may begin the pair (and from now on the pool cannot take it back). */
export function claimStart(claim: Claim): boolean {
  return Atomics.compareExchange(claim, 0, OPEN, STARTED) === OPEN;
}

/** Either side: true if the pair will not be begun under this claim (it was not, and now cannot be). */
export function refuse(claim: Claim): boolean {
  const was = Atomics.compareExchange(claim, 0, OPEN, REFUSED);
  return was === OPEN || was === REFUSED;
}

/** True once the thread has begun the pair, whether or not the pool has heard yet. */
export function begun(claim: Claim): boolean {
  const state = Atomics.load(claim, 0);
  return state === STARTED || state === FINISHED;
}

/** The thread's side: its answer to the pair is made (and posted right after). */
export function finish(claim: Claim): void {
  Atomics.store(claim, 0, FINISHED);
}

/** True once the thread has made its answer, whether or not the pool has read it yet. */
export function finished(claim: Claim): boolean {
  return Atomics.load(claim, 0) === FINISHED;
}
