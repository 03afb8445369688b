/** A progress bar on stderr, only when stderr is a terminal (never in CI logs or pipes). */
import { SingleBar } from 'cli-progress';
import type { CliIo } from './io.js';

export interface Progress {
  update: (done: number) => void;
  stop: () => void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

export function startProgress(
  io: CliIo,
  total: number,
  label: { zh: string; en: string },
): Progress {
  if (io.stderr.isTTY !== true || total === 0) return silent;
  const bar = new SingleBar({
    format: `${label[io.lang]} {bar} {value}/{total}`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0);
  return {
    update: (done) => {
      bar.update(done);
    },
    stop: () => {
      bar.stop();
    },
  };
}
