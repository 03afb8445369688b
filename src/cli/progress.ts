/** A progress bar on stderr, only when stderr is a terminal (never in CI logs or pipes). */
import { WriteStream } from 'node:tty';
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
  // The bar moves the cursor, so it needs the terminal itself: io.stderr when that is one.
  const stream = io.stderr;
  if (!(stream instanceof WriteStream) || !stream.isTTY || total === 0) return silent;
  const bar = new SingleBar({
    format: `${label[io.lang]} {bar} {value}/{total}`,
    stream,
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
