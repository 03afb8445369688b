/**
 * JUnit XML: one suite per file, one failing case per finding, and a passing case for a clean
 * file, so CI dashboards count files checked. Infos pass and carry their message as output.
 */
import { describe, tally, type Diagnostic } from '../../core/diagnostics/index.js';
import { junitXml, type JunitCase } from './junit-xml.js';
import { placeOf } from './labels.js';
import type { Formatter } from './report.js';

export const junit: Formatter = (report) => {
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of report.files) byFile.set(file, []);
  for (const d of report.diagnostics) {
    const file = d.file ?? '';
    byFile.set(file, [...(byFile.get(file) ?? []), d]);
  }
  const suites = [...byFile].map(([file, found]) => {
    const cases: JunitCase[] = [];
    if (found.length === 0 || tally(found).errors + tally(found).warnings === 0) {
      cases.push({ classname: file, name: report.lang === 'zh' ? '校验通过' : 'valid', file });
    }
    for (const d of found) {
      const { message, hint } = describe(d, report.lang);
      const named = { classname: file, name: `${placeOf(d)} ${d.code}`, file };
      cases.push(
        d.severity === 'info'
          ? { ...named, output: message }
          : {
              ...named,
              failure: { message: hint ? `${message} ${hint}` : message, type: d.severity },
            },
      );
    }
    return { name: file, cases };
  });
  return junitXml(report.tool.name, suites) + '\n';
};
