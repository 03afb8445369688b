/**
 * Issue 13, case 2: validate follows no link out of the repository. A linked file or folder whose
 * target lies outside is reported as repository-outside (as compile, merge and diff do) and never
 * read, so its text (a CI token, say) cannot reach a code frame in any output format.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';
import { expectNoStack, initCounty } from './repo.js';

const work = tempFolder('gkml-hard-links-');
afterAll(() => {
  work.remove();
});

const SECRET = 'ghp_SECRET_TOKEN_0123456789';

beforeAll(async () => {
  mkdirSync(join(work.path, 'secret'));
  // Not a catalog: before the fix its schema errors printed this line in a code frame.
  writeFileSync(join(work.path, 'secret', 'creds.yaml'), `token: ${SECRET}\n`);
  await initCounty(join(work.path, 'repo'));
  symlinkSync('../secret/creds.yaml', join(work.path, 'repo', 'creds.yaml'));
  symlinkSync('../secret', join(work.path, 'repo', 'linked'));
});

describe('validate and links out of the repository (case 2)', () => {
  for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
    it(`reports them and never prints their text (${format})`, async () => {
      const t = await runInProcess(['validate', 'repo', '-f', format], { cwd: work.path });
      expectNoStack(t);
      expect(t.stdout + t.stderr).not.toContain(SECRET);
      expect(t.stdout).toContain('repository-outside');
      expect(t.stdout).toContain('repo/linked/creds.yaml');
      expect(t.exitCode).toBe(1);
    });
  }

  it('refuses a link named on the command line too', async () => {
    const t = await runInProcess(['validate', 'repo/creds.yaml', '-f', 'json'], {
      cwd: work.path,
    });
    expect(t.stdout).not.toContain(SECRET);
    expect(t.stdout).toContain('repository-outside');
    expect(t.exitCode).toBe(1);
  });

  it('still reads a link that stays inside the repository', async () => {
    const inside = join(work.path, 'inside');
    await initCounty(inside);
    symlinkSync('employment.yaml', join(inside, 'employment-link.yaml'));
    const t = await runInProcess(['validate', 'inside', '-f', 'json'], { cwd: work.path });
    expect(t.stdout).not.toContain('repository-outside');
    expect(t.stdout).toContain('inside/employment-link.yaml');
  });
});
