/**
 * Wording of `gkml init`: its help and what it tells the user.
 * A Chinese table and an English one with the same keys (src/i18n/messages.ts).
 */
import { messages } from '../../../i18n/messages.js';
import type { Text } from '../../errors.js';

/** What init made, for its closing message. */
interface InitDone {
  folder: string;
  region: string;
  files: readonly string[];
  newRepository: boolean;
}

export const initMessages = messages(
  {
    description: '建立区域目录仓库或其中的下级区域，26个领域的目录文件列出从上级继承的事项',
    folder:
      '区域文件夹（默认：当前文件夹；当前文件夹已是区域或仓库根目录时，为以区域名称命名的子文件夹）',
    code: '统计用区划代码，如 410102',
    name: '区域名称，如 中原区',
    level: '层级：市级、县级、乡级或村级',
    force: '覆盖已存在的文件',
    unknownLevel: (level: string) =>
      `不认识的层级：${level}。请写 市级、县级、乡级 或 村级（也可写 city、county、township、village）。`,
    emptyName: '区域名称不能为空（--name）。',
    badName: (name: string) =>
      `区域名称“${name}”不能用作文件夹名：不能是 . 或 ..，不能含有 / 或 \\ 或控制字符（--name）。`,
    cannotWrite: (file: string, detail: Text) => `无法写入 ${file}：${detail.zh}`,
    initDone: (done: InitDone) =>
      [
        `已在 ${done.folder} ${done.newRepository ? '建立目录仓库和' : '建立'}区域 ${done.region}，写入 ${done.files.length} 个文件：`,
        ...done.files.map((file) => `  ${file}`),
        `下一步：填写 region.yaml 中的受理机构，在各领域文件中写明本级的公开主体，然后运行 gkml validate ${done.folder} 和 gkml merge ${done.folder}。`,
        '',
      ].join('\n'),
    wouldOverwrite: (files: readonly string[]) =>
      `${files.slice(0, 3).join('、')}${files.length > 3 ? ` 等 ${files.length} 个文件` : ''}已经存在，未作任何修改。确需覆盖时加 --force。`,
  },
  {
    description:
      'scaffold a region repository, or a sub-region inside one, with all 26 domains pre-filled',
    folder:
      'the region folder (default: the current folder, or a sub-folder named after the region when the current folder is a region or a repository root)',
    code: 'administrative code, e.g. 410102',
    name: 'name of the region, e.g. 中原区',
    level: 'level: 市级, 县级, 乡级 or 村级 (city, county, township, village)',
    force: 'overwrite files that exist',
    unknownLevel: (level) =>
      `Unknown level: ${level}. Use 市级, 县级, 乡级 or 村级 (or city, county, township, village).`,
    emptyName: 'The region needs a name (--name).',
    badName: (name) =>
      `The region name "${name}" cannot name a folder: not . or .., and no /, \\ or control characters (--name).`,
    cannotWrite: (file, detail) => `Cannot write ${file}: ${detail.en}`,
    initDone: (done) =>
      [
        `Created ${done.newRepository ? 'a repository and ' : ''}the region ${done.region} in ${done.folder}, ${done.files.length} files:`,
        ...done.files.map((file) => `  ${file}`),
        `Next: fill in the office in region.yaml and each item's responsible body in the domain files, then run gkml validate ${done.folder} and gkml merge ${done.folder}.`,
        '',
      ].join('\n'),
    wouldOverwrite: (files) =>
      `${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more files` : ''} exist; nothing was changed. Add --force to overwrite.`,
  },
);
