/**
 * JUnit XML through junit-report-builder: one suite per file, one failing case per finding, and a
 * passing case for a clean file, so CI dashboards count files checked.
 */
import * as junitModule from 'junit-report-builder';
import type { Builder } from 'junit-report-builder';
import { describe, tally } from '../../core/diagnostics/index.js';
import { placeOf } from './labels.js';
import type { Formatter } from './report.js';

/**
 * The package's types declare an ES default export, but its CommonJS build sets module.exports to
 * the builder itself, so Node's namespace has the builder one level up from where the types say.
 */
function rootBuilder(): Builder {
  const exported: unknown = junitModule.default;
  return isBuilder(exported) ? exported : junitModule.default.default;
}

function isBuilder(value: unknown): value is Builder {
  return typeof value === 'object' && value !== null && 'newBuilder' in value;
}

export const junit: Formatter = (report) => {
  const builder = rootBuilder().newBuilder().name(report.tool.name);
  const byFile = new Map<string, (typeof report.diagnostics)[number][]>();
  for (const file of report.files) byFile.set(file, []);
  for (const d of report.diagnostics) {
    const file = d.file ?? '';
    byFile.set(file, [...(byFile.get(file) ?? []), d]);
  }
  for (const [file, found] of byFile) {
    const suite = builder.testSuite().name(file);
    if (found.length === 0 || tally(found).errors + tally(found).warnings === 0) {
      suite
        .testCase()
        .className(file)
        .name(report.lang === 'zh' ? '校验通过' : 'valid')
        .file(file);
    }
    for (const d of found) {
      const { message, hint } = describe(d, report.lang);
      const testCase = suite
        .testCase()
        .className(file)
        .name(`${placeOf(d)} ${d.code}`)
        .file(file);
      if (d.severity === 'info') testCase.standardOutput(message);
      else testCase.failure(hint ? `${message} ${hint}` : message, d.severity);
    }
  }
  return builder.build() + '\n';
};
