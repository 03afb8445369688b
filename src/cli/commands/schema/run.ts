/** `gkml schema [name]`: print a JSON Schema for editors, or list them. */
import type { ExitCode } from '../../../core/diagnostics/index.js';
import { SCHEMA_NAMES, type SchemaName } from '../../../core/schema/validator.js';
import { readSchemaText, schemaPath } from '../../../io/package-files.js';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { schemaMessages } from './messages.js';

const PURPOSE: Record<SchemaName, { zh: string; en: string; file: string }> = {
  catalog: {
    zh: '一个领域的目录（如 employment.yaml）',
    en: 'a catalog of one domain (employment.yaml)',
    file: '<领域>.yaml',
  },
  region: { zh: '区域文件 region.yaml', en: 'a region file, region.yaml', file: 'region.yaml' },
  project: {
    zh: '仓库配置 gkml.yaml',
    en: 'the repository configuration, gkml.yaml',
    file: 'gkml.yaml',
  },
  documents: {
    zh: '发文登记 documents.yaml（放在 region.yaml 旁边）',
    en: 'a document register, documents.yaml (beside region.yaml)',
    file: 'documents.yaml',
  },
};

function isSchemaName(name: string): name is SchemaName {
  return (SCHEMA_NAMES as readonly string[]).includes(name);
}

export function run(options: { name?: string }, io: CliIo): Promise<ExitCode> {
  if (options.name === undefined) {
    const lines = SCHEMA_NAMES.map(
      (name) => `${name.padEnd(9)} ${PURPOSE[name][io.lang]}\n          ${schemaPath(name)}`,
    );
    const usage =
      io.lang === 'zh'
        ? '在 YAML 文件第一行写上（路径相对于该文件）：\n  # yaml-language-server: $schema=<模式文件路径>'
        : 'Put this first line in a YAML file (path relative to that file):\n  # yaml-language-server: $schema=<schema path>';
    io.stdout.write(`${lines.join('\n')}\n\n${usage}\n`);
    return Promise.resolve(0);
  }
  if (!isSchemaName(options.name))
    throw new UsageError(schemaMessages.unknownSchema(options.name, SCHEMA_NAMES));
  io.stdout.write(readSchemaText(options.name));
  return Promise.resolve(0);
}
