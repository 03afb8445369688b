/**
 * A small JUnit XML writer: the elements gkml's report uses, escaped as XML 1.0 requires. Replaces
 * junit-report-builder (6.4 MB with lodash and xmlbuilder for these few lines) and writes the same
 * bytes for every text that library accepted; characters XML cannot hold, on which it threw,
 * become U+FFFD.
 */

export interface JunitCase {
  classname: string;
  name: string;
  file: string;
  failure?: { message: string; type: string };
  /** Shown as the case's output (a passing case with something to say). */
  output?: string;
}

export interface JunitSuite {
  name: string;
  cases: readonly JunitCase[];
}

// Control characters other than tab and newlines, U+FFFE/U+FFFF, and unpaired surrogates: the
// control characters are what this pattern is for.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\0-\x08\x0B\f\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

const legal = (text: string): string => text.replace(NOT_XML, '\uFFFD');

/** An attribute value, escaped as xmlbuilder did (whitespace kept as character references). */
function attribute(text: string): string {
  return legal(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
}

function attributes(pairs: readonly (readonly [string, string | number])[]): string {
  return pairs.map(([key, value]) => ` ${key}="${attribute(String(value))}"`).join('');
}

/** "]]>" cannot stand inside a CDATA section: it is split across two. */
const cdata = (text: string): string =>
  `<![CDATA[${legal(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

function testCase(c: JunitCase): string[] {
  const open = `    <testcase${attributes([
    ['classname', c.classname],
    ['name', c.name],
    ['file', c.file],
  ])}`;
  const body: string[] = [];
  if (c.failure) {
    body.push(
      `      <failure${attributes([
        ['message', c.failure.message],
        ['type', c.failure.type],
      ])}/>`,
    );
  }
  if (c.output !== undefined && c.output !== '') {
    body.push(`      <system-out>${cdata(c.output)}</system-out>`);
  }
  return body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, '    </testcase>'];
}

const counts = (cases: readonly JunitCase[]) =>
  [
    ['tests', cases.length],
    ['failures', cases.filter((c) => c.failure).length],
    ['errors', 0],
    ['skipped', 0],
  ] as const;

export function junitXml(name: string, suites: readonly JunitSuite[]): string {
  const all = suites.flatMap((suite) => suite.cases);
  const head = `<testsuites${attributes([['name', name], ...counts(all)])}`;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (suites.length === 0) return [...lines, `${head}/>`].join('\n');
  lines.push(`${head}>`);
  for (const suite of suites) {
    const open = `  <testsuite${attributes([['name', suite.name], ...counts(suite.cases)])}`;
    if (suite.cases.length === 0) {
      lines.push(`${open}/>`);
      continue;
    }
    lines.push(`${open}>`, ...suite.cases.flatMap(testCase), '  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n');
}
