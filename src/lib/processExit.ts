/**
 * How a child process ended, for a message: the signal that stopped it (a
 * process killed for memory has no exit code), else its exit code.
 */
export function howProcessEnded(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ?? `exit code ${code}`;
}

/**
 * A worker process's answer to the process that started it, then
 * `afterwards`. A build that failed meanwhile may have ended without waiting
 * for it: with no one left to answer, the worker ends quietly rather than
 * with an EPIPE or closed-channel error in the build's log.
 */
export function answerParent(message: unknown, afterwards: () => void = () => {}): void {
  process.send!(message, (error: Error | null) => (error ? process.exit(0) : afterwards()));
}
