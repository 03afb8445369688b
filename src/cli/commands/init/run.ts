/**
 * `gkml init [folder]`: scaffold a region (a new repository outside any, a sub-region inside one)
 * with all 26 domains as thin overlays of what it inherits. Never overwrites without --force;
 * every file is written atomically.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, type ExitCode } from '../../../core/diagnostics/index.js';
import { LEVEL_LABELS, parseLevel } from '../../../core/vocabulary/levels.js';
import { displayPath } from '../../../io/collect.js';
import { faultDetail } from '../../environment-fault.js';
import { PROJECT_FILES, REGION_FILES } from '../../../io/layout.js';
import { findRoot } from '../../../io/layout.js';
import { existingFiles, planInit, regionCodeAt } from '../../../pipeline/scaffold.js';
import { writeFileAtomic } from '../../../io/write-atomic.js';
import { InputError, UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import type { Lang } from '../../../i18n/lang.js';
import { initMessages } from './messages.js';

export interface InitOptions {
  /** The region's folder; by default the current folder, or a sub-folder named after the region. */
  folder?: string;
  code: string;
  name: string;
  /** 市级/县级/乡级/村级 or city/county/township/village. */
  level: string;
  /** Overwrite files that exist. */
  force: boolean;
}

export async function run(options: InitOptions, io: CliIo): Promise<ExitCode> {
  const level = parseLevel(options.level);
  if (!level) throw new UsageError(initMessages.unknownLevel(options.level));
  const name = options.name.trim();
  if (name === '') throw new UsageError(initMessages.emptyName);
  // The name may become a folder name (below): never one that leads elsewhere.
  if (!isFolderName(name))
    throw new UsageError(initMessages.badName(JSON.stringify(name).slice(1, -1)));
  const folder = await targetFolder(options.folder, options.code.trim(), name, io.cwd);

  const plan = await planInit(
    { folder, region: { code: options.code.trim(), name, level } },
    { cwd: io.cwd, today: io.today },
  );
  if (!plan.ok) {
    const text = (lang: Lang) =>
      plan.diagnostics.map((d) => describe(d, lang).message).join(lang === 'zh' ? '' : ' ');
    throw new UsageError({ zh: text('zh'), en: text('en') });
  }
  const existing = existingFiles(plan.files);
  if (existing.length > 0 && !options.force) {
    throw new UsageError(initMessages.wouldOverwrite(existing.map((p) => displayPath(p, io.cwd))));
  }
  for (const file of plan.files) {
    await writeFileAtomic(file.path, file.text).catch((error: unknown) => {
      throw new InputError(
        initMessages.cannotWrite(displayPath(file.path, io.cwd), faultDetail(error)),
      );
    });
  }
  const shown = displayPath(folder, io.cwd);
  io.stdout.write(
    initMessages.initDone({
      folder: shown,
      region: `${name}（${options.code.trim()}，${LEVEL_LABELS[level]}）`,
      files: plan.files.map((file) => displayPath(file.path, io.cwd)),
      newRepository: plan.newRepository,
    })[io.lang],
  );
  return 0;
}

/**
 * Where the region goes: the folder named, else the current folder, unless that is already another
 * region or a repository root, in which case a sub-folder named after the new region.
 */
async function targetFolder(
  folder: string | undefined,
  code: string,
  name: string,
  cwd: string,
): Promise<string> {
  if (folder !== undefined) return resolve(cwd, folder);
  if (findRoot(cwd) === undefined || (await regionCodeAt(cwd)) === code) return cwd;
  const taken = [...REGION_FILES, ...PROJECT_FILES].some((file) => existsSync(join(cwd, file)));
  return taken ? join(cwd, name.replace(/[\\/:*?"<>|\s]+/gu, '-')) : cwd;
}

/** A name usable as one folder name: not `.` or `..`, no separators, no control characters. */
function isFolderName(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  return name !== '.' && name !== '..' && !/[/\\\u0000-\u001f\u007f]/u.test(name);
}
