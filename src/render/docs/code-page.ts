/**
 * One documentation page per diagnostic code (docs/codes/<code>.md), made from the registry so the
 * pages cannot drift from the messages: what it means, what gkml says, how to fix it, an example.
 * SARIF's helpUri and the stylish format link to these pages.
 */
import type { CodeSpec } from '../../core/diagnostics/index.js';
import type { Lang } from '../../i18n/lang.js';

/** A real run that triggers the code: the input files and what `gkml validate` printed for them. */
export interface CodeExample {
  files: readonly { path: string; text: string }[];
  command: string;
  output: string;
}

const SEVERITY_WORDS: Record<CodeSpec<never>['severity'], string> = {
  error: '错误 · error',
  warning: '警告 · warning',
  info: '提示 · info',
};

/**
 * The message with each argument shown by name (「‹field›」), or undefined where the text needs real
 * values (lists, numbers): the example then speaks for it.
 */
function template(render: ((args: never) => string) | undefined): string | undefined {
  if (render === undefined) return undefined;
  const named = new Proxy(
    {},
    { get: (_target, key) => (typeof key === 'string' ? `‹${key}›` : undefined) },
  );
  try {
    // The one cast: a message takes its own arguments' type, which a page for every code cannot
    // name; the proxy answers any field by its name, which is what the template shows.
    const text = render(named as never);
    return /NaN|undefined|\[object /u.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

function section(title: string, lines: readonly (string | undefined)[]): string[] {
  const present = lines.filter((line): line is string => line !== undefined);
  return present.length === 0 ? [] : [`## ${title}`, '', ...present, ''];
}

function byLang(texts: Record<Lang, (args: never) => string> | undefined): (string | undefined)[] {
  const zh = template(texts?.zh);
  const en = template(texts?.en);
  return [zh && `- 中文：${zh}`, en && `- English: ${en}`];
}

function fence(lang: string, text: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/gu)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return [marks + lang, text.trimEnd(), marks];
}

export function codePage<Args>(
  code: string,
  spec: CodeSpec<Args>,
  example: CodeExample | undefined,
): string {
  const exit = spec.fatal
    ? '退出码 2（无法完成工作）· exit code 2 (the tool could not do its job)'
    : spec.severity === 'error'
      ? '退出码 1 · exit code 1'
      : '默认退出码 0（`--fail-on warning` 时为 1）· exit code 0 unless `--fail-on` is lower';
  const lines = [
    `# \`${code}\``,
    '',
    `${SEVERITY_WORDS[spec.severity]} · ${exit}`,
    '',
    ...section('含义 · What it means', [spec.doc]),
    ...section('提示文字 · What gkml says', byLang(spec.message)),
    ...section('怎么改 · How to fix', byLang(spec.hint)),
  ];
  if (example) {
    lines.push('## 示例 · Example', '');
    for (const file of example.files)
      lines.push(`\`${file.path}\`:`, '', ...fence('yaml', file.text), '');
    lines.push(`\`${example.command}\`:`, '', ...fence('text', example.output), '');
  }
  lines.push('[全部代码 · All codes](README.md)', '');
  return lines.join('\n');
}

/** docs/codes/README.md: every code, its severity and meaning, linked to its page. */
export function codeIndex(codes: Readonly<Record<string, CodeSpec<never>>>): string {
  const rows = Object.entries(codes).map(([code, spec]) => {
    const severity = spec.severity + (spec.fatal ? ' (exit 2)' : '');
    return `| [\`${code}\`](${code}.md) | ${severity} | ${spec.doc.replaceAll('|', '\\|')} |`;
  });
  return [
    '# 诊断代码 · Diagnostic codes',
    '',
    'Generated from the registry (`src/core/diagnostics/codes/`) by `npm run docs`; a test fails when a',
    'page is stale.',
    '',
    '| code | severity | meaning |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
