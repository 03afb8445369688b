/**
 * Issue 13, case 11: a region name of 68+ CJK characters validated clean, then compile failed with
 * ENAMETOOLONG and left a temporary folder; a name with a bidi override was written as a file name
 * that reads backwards. File names now cut the name by bytes and drop invisible characters.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NAME_BYTES, regionStem } from '../../src/render/names.js';
import { runInProcess } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';
import { leftovers } from './tree.js';

const work = tempFolder('gkml-hard-names-');
afterAll(() => {
  work.remove();
});

const LONG = '桥'.repeat(70);

describe('file names from region names (case 11)', () => {
  it('cuts a long name by bytes, never inside a character, and keeps the code', () => {
    const stem = regionStem({ code: '110101', name: LONG, level: 'county' } as never);
    expect(stem.startsWith('110101-桥')).toBe(true);
    expect(Buffer.byteLength(stem.slice('110101-'.length))).toBeLessThanOrEqual(NAME_BYTES);
    expect(stem.slice('110101-'.length)).toBe('桥'.repeat(40));
  });

  it('drops bidi controls and zero-width characters', () => {
    const stem = regionStem({
      code: '1',
      name: '桥东\u202egpj.exe\u200b',
      level: 'county',
    } as never);
    expect(stem).toBe('1-桥东gpj.exe');
  });

  it('compile and site succeed with a 70-character name and leave nothing behind', async () => {
    const init = await runInProcess(
      ['init', 'repo', '--code', '110101', '--name', LONG, '--level', '县级'],
      { cwd: work.path },
    );
    expect(init.exitCode).toBe(0);
    for (const args of [
      ['compile', 'repo', '--out', 'out'],
      ['site', 'repo', '--out', 'site'],
    ]) {
      const t = await runInProcess(args, { cwd: work.path });
      expect(t.exitCode, t.stderr).toBe(0);
    }
    expect(readdirSync(join(work.path, 'out', 'downloads')).some((f) => f.endsWith('.xlsx'))).toBe(
      true,
    );
    expect(leftovers(work.path)).toEqual([]);
  });
});
