/**
 * Issue 13, case 16: `gkml diff --base` attributes a channel taken away by `channels: {remove}`
 * to the overlay line that removes it. It used to take the origin of the removed entry itself —
 * where it was once written, usually the bundled national baseline — and so showed a township's own
 * removal as "↑ 继承自国家标准" at `gkml:catalogs/national/….yaml`, a file not in the repository.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { commitFiles, git, initRepository, tempFolder } from '../helpers/git.js';
import { expectNoStack } from './repo.js';

const TOWNSHIP = 'yunchuan/hexi/qiaodong/employment.yaml';
const COUNTY = 'yunchuan/hexi/employment.yaml';

interface FieldJson {
  field: string;
  added: string[];
  removed: string[];
  inherited: boolean;
  from: { kind: string; name?: string } | null;
  file: string | null;
  line: number | null;
}
interface VersionJson {
  regions: {
    name: string;
    domains: { changes: { id: string; inherited: boolean; fields: FieldJson[] }[] }[];
  }[];
}

let repo: { path: string; remove: () => void };

/** Replaces the first (or the last) occurrence of `from` in a file of the repository. */
function edit(file: string, from: string, to: string, last = false): void {
  const path = join(repo.path, file);
  const text = readFileSync(path, 'utf8');
  const at = last ? text.lastIndexOf(from) : text.indexOf(from);
  if (at < 0) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  writeFileSync(path, text.slice(0, at) + to + text.slice(at + from.length));
}

/** The 1-based line of `text` in a file of the repository. */
function lineOf(file: string, text: string): number {
  const lines = readFileSync(join(repo.path, file), 'utf8').split('\n');
  return lines.findIndex((line) => line.includes(text)) + 1;
}

beforeAll(() => {
  repo = tempFolder('gkml-hard-diff-');
  initRepository(repo.path);
  cpSync(join(REPO_ROOT, 'examples'), repo.path, { recursive: true });
  commitFiles(repo.path, {}, 'examples');
  // The township's own edits: a removal of an inherited national channel, an addition elsewhere.
  edit(
    TOWNSHIP,
    '    subject: 桥东街道办事处（社区服务中心）\n  - id: info-service.job-seeker-registration',
    '    subject: 桥东街道办事处（社区服务中心）\n    channels:\n      remove: [其他]\n' +
      '  - id: info-service.job-seeker-registration',
  );
  // The file ends with job-seeker-registration's `remove: [政务服务中心]`.
  edit(
    TOWNSHIP,
    '      remove: [政务服务中心]\n',
    '      remove: [政务服务中心]\n      add: [两微一端]\n',
    true,
  );
  // The county's: a removal its townships inherit (qiaodong keeps its own channel changes there).
  edit(COUNTY, '        - 两微一端\n', '        - 两微一端\n      remove: [其他]\n');
});
afterAll(() => {
  repo.remove();
});

describe('diff --base attributes removals to the line that removes (case 16)', () => {
  it('json: a township’s own removal is its own, at its remove line; the county’s is inherited', async () => {
    const t = await runInProcess(['diff', '--base', 'HEAD', '.', '-f', 'json'], { cwd: repo.path });
    expectNoStack(t);
    const json = JSON.parse(t.stdout) as VersionJson;
    const township = json.regions.find((r) => r.name === '桥东街道');
    const changes = township?.domains.flatMap((d) => d.changes) ?? [];
    const channels = (id: string) =>
      changes.find((c) => c.id === id)?.fields.find((f) => f.field === 'channels');

    // The township's own removal: not inherited, located at its own file.
    const own = changes.find((c) => c.id === 'info-service.job-vacancy-posting');
    expect(own?.inherited).toBe(false);
    expect(own?.fields).toEqual([
      expect.objectContaining({
        field: 'channels',
        removed: ['■其他'],
        inherited: false,
        from: null,
        file: TOWNSHIP,
        line: lineOf(TOWNSHIP, 'remove: [其他]'),
      }),
    ]);
    // Its addition in the same file, as before.
    expect(channels('info-service.job-seeker-registration')).toMatchObject({
      added: ['两微一端'],
      inherited: false,
      file: TOWNSHIP,
      line: lineOf(TOWNSHIP, 'add: [两微一端]'),
    });

    // The county's removal: its own in the county, inherited from 河西区 (at its line) below it.
    const county = json.regions.find((r) => r.name === '河西区');
    const countyChannels = county?.domains
      .flatMap((d) => d.changes)
      .find((c) => c.id === 'info-service.policy-consulting')
      ?.fields.find((f) => f.field === 'channels');
    const countyLine = lineOf(COUNTY, 'remove: [其他]');
    expect(countyChannels).toMatchObject({
      removed: ['■其他'],
      inherited: false,
      file: COUNTY,
      line: countyLine,
    });
    expect(channels('info-service.policy-consulting')).toMatchObject({
      removed: ['■其他'],
      inherited: true,
      from: { kind: 'region', name: '河西区' },
      file: COUNTY,
      line: countyLine,
    });
    // No finding anywhere points into the bundled baselines for these removals.
    expect(t.stdout).not.toContain('gkml:catalogs/national/employment.yaml');
  });

  it('text: no "inherited from the national standard" on the township’s own removal', async () => {
    const t = await runInProcess(['diff', '--base', 'HEAD', '.'], { cwd: repo.path });
    expectNoStack(t);
    const block = t.stdout.slice(t.stdout.indexOf('桥东街道'), t.stdout.indexOf('石门镇'));
    const lines = block.split('\n').filter((l) => l.includes('−「■其他」'));
    // policy-consulting (the county's removal) and job-vacancy-posting (the township's own).
    expect(lines).toHaveLength(2);
    expect(lines.filter((l) => l.includes('↑ 继承自河西区'))).toHaveLength(1);
    expect(lines.filter((l) => !l.includes('↑'))).toHaveLength(1);
    expect(t.stdout).not.toContain('继承自国家标准');
  });
});

describe('diff --base attributes a removal undone to the region that undid it', () => {
  beforeAll(() => {
    git(repo.path, 'checkout', '--quiet', '--', '.');
    // qiaodong deletes its own `remove: [政务服务中心]` of policy-consulting: the channel is back.
    edit(
      TOWNSHIP,
      '      remove: [政务服务中心]\n      add: [便民服务站]\n',
      '      add: [便民服务站]\n',
    );
  });

  it('json: the channel back is the township’s own change, not inherited', async () => {
    const t = await runInProcess(['diff', '--base', 'HEAD', '.', '-f', 'json'], { cwd: repo.path });
    const json = JSON.parse(t.stdout) as VersionJson;
    expect(json.regions.map((r) => r.name)).toEqual(['桥东街道']);
    const change = json.regions[0]?.domains[0]?.changes[0];
    expect(change).toMatchObject({ id: 'info-service.policy-consulting', inherited: false });
    expect(change?.fields).toEqual([
      expect.objectContaining({ added: ['■政务服务中心'], inherited: false, from: null }),
    ]);
  });

  it('text: no "↑ 继承自国家标准"', async () => {
    const t = await runInProcess(['diff', '--base', 'HEAD', '.'], { cwd: repo.path });
    expect(t.stdout).toContain('+「■政务服务中心」');
    expect(t.stdout).not.toContain('↑');
    expect(t.stdout).toContain('（其中继承 0）');
  });
});
