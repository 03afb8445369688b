/**
 * Wording of `gkml validate`: its help and what it tells the user.
 * A Chinese table and an English one with the same keys (src/i18n/messages.ts).
 */
import { messages } from '../../../i18n/messages.js';
import type { Text } from '../../errors.js';

export const validateMessages = messages(
  {
    description: '校验目录、区域和配置文件（除 --cache 的缓存外不写入任何文件）',
    paths: '文件、文件夹或通配符（默认：当前文件夹）',
    jobs: '检查区域仓库所用的线程数（默认：文件达 20000 个时按处理器核数，最多 4 个；1 为单线程）',
    cache:
      '把检查结果缓存在区域仓库的 .gkml-cache 文件夹中，下次只重新检查改动的文件和区域（单线程）',
    cacheUnsaved: (folder: string, reason: string) =>
      `提示：缓存未能写入 ${folder}（${reason}）；检查结果不受影响，下次将重新完整检查。`,
    noYamlFiles: (paths: readonly string[]) =>
      `在 ${paths.join('、')} 中没有找到 .yaml 文件。请给出目录仓库、区域文件夹或目录文件的路径，或先 cd 到目录仓库。`,
    folderUnreadable: (detail: Text) => `无法读取文件夹：${detail.zh}`,
  },
  {
    description:
      "check catalog, region and configuration files (writes nothing but --cache's cache)",
    paths: 'files, folders or globs (default: the current folder)',
    jobs: "threads to check a region repository with (default: the machine's cores, at most 4, from 20,000 files on; 1: one thread)",
    cache:
      "keep what the check found in the region repository's .gkml-cache folder; the next run checks only the files and regions that changed (one thread)",
    cacheUnsaved: (folder, reason) =>
      `note: the cache could not be written to ${folder} (${reason}); the findings are not affected, and the next run checks everything again.`,
    noYamlFiles: (paths) =>
      `Found no .yaml files (looked in ${paths.join(', ')}). Give the path of a region repository, a region folder or catalog files, or cd to the repository first.`,
    folderUnreadable: (detail) => `Cannot read a folder: ${detail.en}`,
  },
);
