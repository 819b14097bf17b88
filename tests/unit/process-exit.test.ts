import { describe, expect, it } from 'vitest';
import { howProcessEnded } from '../../src/lib/processExit.ts';

describe('how a child process ended', () => {
  it('names the signal that stopped it, which a process killed for memory has instead of an exit code', () => {
    expect(howProcessEnded(null, 'SIGKILL')).toBe('SIGKILL');
  });
  it('else gives its exit code', () => {
    expect(howProcessEnded(1, null)).toBe('exit code 1');
  });
});
