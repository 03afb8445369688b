/** This process as the owner of an output lock (io/output/lock.ts): io does not touch `process`. */
import process from 'node:process';
import type { LockOwner } from '../io/output/lock.js';

export function processOwner(): LockOwner {
  return {
    pid: process.pid,
    isAlive: (pid) => {
      try {
        // Signal 0 checks that the process exists without touching it.
        process.kill(pid, 0);
        return true;
      } catch (error) {
        // EPERM: it exists, but belongs to another user.
        return error instanceof Error && 'code' in error && error.code === 'EPERM';
      }
    },
  };
}
