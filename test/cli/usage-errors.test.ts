import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runBinary, runInProcess } from '../helpers/cli.js';

/** Commander's own usage errors, raised inside a command, keep the exit-code contract: 2. */
describe("a command's usage errors exit 2 and are written through CliIo", () => {
  it.each([
    [['compile', 'examples'], "required option '-o, --out <dir>' not specified"],
    [['validate', '--fail-on', 'bogus'], "argument 'bogus' is invalid"],
    [['init', '--code', '410102'], "required option '--name <name>' not specified"],
    [['merge', '--no-such-option'], "unknown option '--no-such-option'"],
  ])('gkml %j', async (args, message) => {
    const t = await runInProcess(args, { cwd: REPO_ROOT });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain(message);
    expect(t.stdout).toBe('');
  });

  it('help of a command is a success, written to stdout', async () => {
    const t = await runInProcess(['validate', '--help'], { cwd: REPO_ROOT });
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('--fail-on');
  });

  it('through the built binary as well', () => {
    const t = runBinary(['compile', 'examples'], { cwd: REPO_ROOT });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('--out');
  });
});
