/**
 * How a child process ended, for a message: the signal that stopped it (a
 * process killed for memory has no exit code), else its exit code.
 */
export function howProcessEnded(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ?? `exit code ${code}`;
}
