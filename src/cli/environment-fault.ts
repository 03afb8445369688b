/**
 * Faults of the machine rather than of gkml or the data: a full disk, a path through a file, a
 * folder without permission. They get one line naming the path (exit 2), not a stack trace; the
 * writers guarantee that the previous output is still intact when one happens mid-write.
 */
import type { Text } from './errors.js';

const FAULTS: Record<string, Text> = {
  ENOSPC: { zh: '磁盘空间不足', en: 'no space left on the device' },
  EDQUOT: { zh: '超出磁盘配额', en: 'the disk quota is exceeded' },
  ENOTDIR: {
    zh: '路径中有一段是文件，不是文件夹',
    en: 'a part of the path is a file, not a folder',
  },
  EISDIR: { zh: '这是一个文件夹', en: 'it is a folder' },
  EACCES: { zh: '没有权限', en: 'permission denied' },
  EPERM: { zh: '不允许这项操作', en: 'operation not permitted' },
  EROFS: { zh: '文件系统是只读的', en: 'the file system is read-only' },
  ENAMETOOLONG: { zh: '文件名太长', en: 'the file name is too long' },
  EMFILE: { zh: '打开的文件太多', en: 'too many open files' },
  ENFILE: { zh: '系统打开的文件太多', en: 'too many open files in the system' },
  EIO: { zh: '磁盘读写错误', en: 'an input/output error' },
  ENOENT: { zh: '路径不存在', en: 'no such file or folder' },
  EEXIST: { zh: '路径已存在', en: 'the path exists already' },
  ENOTEMPTY: { zh: '文件夹不是空的', en: 'the folder is not empty' },
  EXDEV: { zh: '不能跨磁盘移动', en: 'cannot move across devices' },
  EBUSY: { zh: '文件正被占用', en: 'the file is busy' },
  // gkml's own (io/file-cache/load.ts): the file was saved while gkml read it.
  ECHANGED: {
    zh: '文件在读取期间被改动，保存完毕后请重新运行',
    en: 'the file changed while it was being read; run again once it is saved',
  },
};

/** The one-line text for an environment fault, or undefined when `error` is not one. */
export function environmentFault(error: unknown): Text | undefined {
  const fault = faultReason(error);
  if (fault === undefined) return undefined;
  return {
    zh: `无法完成文件操作：${fault.zh}。原有输出保持不变。`,
    en: `A file operation failed: ${fault.en}. The previous output is intact.`,
  };
}

/**
 * What went wrong with a file operation, as a clause in each language: an environment fault's
 * words, or the error's own message where it is none of those (the same in both languages).
 */
export function faultDetail(error: unknown): Text {
  const message = error instanceof Error ? error.message : String(error);
  return faultReason(error) ?? { zh: message, en: message };
}

/** What went wrong, and where, for an environment fault: a clause, not a sentence. */
export function faultReason(error: unknown): Text | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') {
    return undefined;
  }
  const fault = FAULTS[error.code];
  if (fault === undefined) return undefined;
  const path = 'path' in error && typeof error.path === 'string' ? error.path : undefined;
  const where = path === undefined ? '' : `${path}: `;
  return {
    zh: `${where}${fault.zh}（${error.code}）`,
    en: `${where}${fault.en} (${error.code})`,
  };
}
