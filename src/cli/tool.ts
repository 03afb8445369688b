import { readFileSync } from 'node:fs';
import { packagePath } from '../io/package-files.js';

let version: string | undefined;

/** gkml's name and version (from package.json), for reports and `--version`. */
export function toolInfo(): { name: string; version: string } {
  if (version === undefined) {
    const parsed: unknown = JSON.parse(readFileSync(packagePath('package.json'), 'utf8'));
    version =
      typeof parsed === 'object' &&
      parsed !== null &&
      'version' in parsed &&
      typeof parsed.version === 'string'
        ? parsed.version
        : '0.0.0';
  }
  return { name: 'gkml', version };
}
