import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { formatTranscript, REPO_ROOT, runBinary, runInProcess } from '../helpers/cli.js';

const GOLDEN = join(REPO_ROOT, 'test/golden/guidelines');

describe('gkml guidelines', () => {
  const cases: [string, string[]][] = [
    ['list.zh', ['guidelines', 'list']],
    ['list.en', ['guidelines', 'list', '--lang', 'en']],
    ['list.json', ['guidelines', 'list', '--format', 'json']],
    ['show-alias.zh', ['guidelines', 'show', '救灾生产']],
    ['show-id.en', ['guidelines', 'show', 'employment', '--lang', 'en']],
    ['show-deprecated.zh', ['guidelines', 'show', 'social-assistance']],
    ['unknown.zh', ['guidelines', 'show', '救灾生']],
    ['unknown.en', ['guidelines', 'show', 'disaster', '--lang', 'en']],
  ];
  for (const [name, args] of cases) {
    it(name, async () => {
      const t = await runInProcess(args, {
        cwd: REPO_ROOT,
        lang: args.includes('en') ? 'en' : 'zh',
      });
      await expectGolden(formatTranscript(t), join(GOLDEN, `${name}.txt`));
    });
  }

  it('lists 26 domains with at least 222 items in use, all partial but social assistance', async () => {
    const t = await runInProcess(['guidelines', 'list', '--format', 'json'], { cwd: REPO_ROOT });
    const rows = JSON.parse(t.stdout) as {
      id: string;
      items: number;
      deprecated: number;
      completeness: string;
      statedSize: string | null;
    }[];
    expect(rows).toHaveLength(26);
    expect(rows.reduce((sum, row) => sum + row.items, 0)).toBeGreaterThanOrEqual(222);
    const complete = rows.filter((row) => row.completeness === 'complete').map((row) => row.id);
    expect(complete).toEqual(['social-assistance']);
    expect(rows.every((row) => row.items > 0)).toBe(true);
    // A deprecated id is kept in the file but not counted as an item.
    const land = rows.find((row) => row.id === 'land-expropriation-compensation');
    expect(land).toMatchObject({ items: 11, deprecated: 1 });
    expect(land?.statedSize).toContain('10个二级');
  });

  it('an unknown domain exits 2 and names the closest match', async () => {
    const t = await runInProcess(['guidelines', 'show', '救灾生'], { cwd: REPO_ROOT });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('救灾 (disaster-relief)');
  });

  it('shows a domain as YAML through the built binary', () => {
    const t = runBinary(['guidelines', 'show', '就业创业', '--format', 'yaml'], { cwd: REPO_ROOT });
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('id: employment');
    expect(t.stdout).toContain('info-service.policy-consulting');
  });
});
