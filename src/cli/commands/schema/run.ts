/** `gkml schema [name]`: print a JSON Schema for editors, or list them. */
import type { ExitCode } from '../../../core/diagnostics/index.js';
import { SCHEMA_NAMES, type SchemaName } from '../../../core/schema/validator.js';
import { readSchemaText, schemaPath } from '../../../io/package-files.js';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import type { Label } from '../../../i18n/lang.js';
import { schemaMessages } from './messages.js';

const PURPOSE: Record<SchemaName, Label> = {
  catalog: schemaMessages.catalogPurpose,
  region: schemaMessages.regionPurpose,
  project: schemaMessages.projectPurpose,
  documents: schemaMessages.documentsPurpose,
};

function isSchemaName(name: string): name is SchemaName {
  return (SCHEMA_NAMES as readonly string[]).includes(name);
}

export function run(options: { name?: string }, io: CliIo): Promise<ExitCode> {
  if (options.name === undefined) {
    const lines = SCHEMA_NAMES.map(
      (name) => `${name.padEnd(9)} ${PURPOSE[name][io.lang]}\n          ${schemaPath(name)}`,
    );
    const usage = schemaMessages.usage[io.lang];
    io.stdout.write(`${lines.join('\n')}\n\n${usage}\n`);
    return Promise.resolve(0);
  }
  if (!isSchemaName(options.name))
    throw new UsageError(schemaMessages.unknownSchema(options.name, SCHEMA_NAMES));
  io.stdout.write(readSchemaText(options.name));
  return Promise.resolve(0);
}
