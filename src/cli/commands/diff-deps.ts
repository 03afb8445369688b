/**
 * The repository loader `gkml diff` runs on.
 *
 * PLACEHOLDER until the merge (src/io/repository.ts, loadRepository) is on main: `findRoot` is
 * real, `load` explains that merging is not available yet. Replace both with loadRepository /
 * findRoot from io/repository.ts.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_FILES } from '../../io/layout.js';
import { InputError } from '../errors.js';
import type { DiffDeps } from './diff-load.js';

function findRoot(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    if (PROJECT_FILES.some((name) => existsSync(join(current, name)))) return current;
    if (dirname(current) === current) return undefined;
  }
}

export const repositoryDeps: DiffDeps = {
  load: () =>
    Promise.reject(
      new InputError({
        zh: 'gkml diff 需要区域目录的合并功能（gkml merge），当前版本尚未包含。',
        en: 'gkml diff needs the merge of region catalogs (gkml merge), which this build does not have yet.',
      }),
    ),
  findRoot,
};
