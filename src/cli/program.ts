/** Commands and options of `gkml`, described in the user's language. Commands are lazy-loaded. */
import { Command, Option } from 'commander';
import { DIAGNOSTIC_FORMATS, type DiagnosticFormat } from '../render/diagnostics/index.js';
import type { FailOn } from '../core/diagnostics/index.js';
import type { CliIo } from './io.js';
import { UsageError } from './errors.js';
import { cliText } from './text.js';
import { toolInfo } from './tool.js';
import { declareCompile } from './program-compile.js';
import { declareDiff } from './program-diff.js';
import { declareExcelCommands } from './program-excel.js';
import type { GuidelinesFormat } from './commands/guidelines.js';

type SetExit = (code: number) => void;

const t = (io: CliIo, zh: string, en: string): string => (io.lang === 'zh' ? zh : en);

export function buildProgram(io: CliIo, setExit: SetExit): Command {
  const program = new Command('gkml')
    .description(
      t(
        io,
        'gkml（公开目录）：把基层政务公开标准目录作为 YAML 数据来校验、合并、比对、导出和发布。',
        'gkml: validate, merge, diff, export and publish 基层政务公开标准目录 kept as YAML.',
      ),
    )
    .version(toolInfo().version, '-V, --version', t(io, '显示版本号', 'print the version'))
    .helpOption('-h, --help', t(io, '显示帮助', 'show help'))
    .helpCommand(false)
    .addOption(
      new Option(
        '--lang <lang>',
        t(
          io,
          '输出语言：zh（默认）或 en；也可设置 GKML_LANG',
          'language of output: zh (default) or en; or set GKML_LANG',
        ),
      ).choices(['zh', 'en']),
    )
    .showSuggestionAfterError(true);

  declareCompile(program, io, setExit);

  program
    .command('validate')
    .description(
      t(
        io,
        '校验目录、区域和配置文件（不写入任何文件）',
        'check catalog, region and configuration files (writes nothing)',
      ),
    )
    .argument(
      '[paths...]',
      t(
        io,
        '文件、文件夹或通配符（默认：当前文件夹）',
        'files, folders or globs (default: the current folder)',
      ),
    )
    .addOption(formatOption(io))
    .addOption(failOnOption(io))
    .addOption(maxSizeOption(io))
    .action(
      async (
        paths: string[],
        options: { format: DiagnosticFormat; failOn: FailOn; maxSize?: number },
      ) => {
        const { run } = await import('./commands/validate.js');
        setExit(
          await run(
            {
              paths,
              format: options.format,
              failOn: options.failOn,
              ...(options.maxSize !== undefined ? { maxBytes: options.maxSize } : {}),
            },
            io,
          ),
        );
      },
    );

  program
    .command('init')
    .description(
      t(
        io,
        '建立区域目录仓库或其中的下级区域，26个领域的目录文件列出从上级继承的事项',
        'scaffold a region repository, or a sub-region inside one, with all 26 domains pre-filled',
      ),
    )
    .argument(
      '[folder]',
      t(
        io,
        '区域文件夹（默认：当前文件夹；当前文件夹已是区域或仓库根目录时，为以区域名称命名的子文件夹）',
        'the region folder (default: the current folder, or a sub-folder named after the region when the current folder is a region or a repository root)',
      ),
    )
    .requiredOption(
      '--code <code>',
      t(io, '统计用区划代码，如 410102', 'administrative code, e.g. 410102'),
    )
    .requiredOption(
      '--name <name>',
      t(io, '区域名称，如 中原区', 'name of the region, e.g. 中原区'),
    )
    .requiredOption(
      '--level <level>',
      t(
        io,
        '层级：市级、县级、乡级或村级',
        'level: 市级, 县级, 乡级 or 村级 (city, county, township, village)',
      ),
    )
    .option('--force', t(io, '覆盖已存在的文件', 'overwrite files that exist'))
    .action(
      async (
        folder: string | undefined,
        options: { code: string; name: string; level: string; force?: boolean },
      ) => {
        const { run } = await import('./commands/init.js');
        setExit(
          await run(
            {
              ...(folder !== undefined ? { folder } : {}),
              code: options.code,
              name: options.name,
              level: options.level,
              force: options.force === true,
            },
            io,
          ),
        );
      },
    );

  program
    .command('merge')
    .description(
      t(
        io,
        '输出区域合并后的目录（国家基准 → 市 → 县 → 乡 → 村逐级合并）',
        'print the effective catalogs of a region (national → city → county → township → village)',
      ),
    )
    .argument(
      '[folder]',
      t(
        io,
        '区域文件夹（默认：当前文件夹）；仓库根目录表示所有区域',
        'a region folder (default: the current folder); the repository root means every region',
      ),
    )
    .option(
      '-d, --domain <domain>',
      t(io, '只输出一个领域（编号、名称或别名）', 'one domain only (id, Chinese name or alias)'),
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        t(
          io,
          '输出格式：yaml（默认）、json；--explain 时默认为 text',
          'output format: yaml (default) or json; text by default with --explain',
        ),
      ).choices(['yaml', 'json', 'text']),
    )
    .option(
      '--explain',
      t(
        io,
        '逐个字段说明取值来自哪一级、哪个文件哪一行',
        'show where each value of each field came from (layer, file, line)',
      ),
    )
    .addOption(failOnOption(io))
    .action(
      async (
        folder: string | undefined,
        options: {
          domain?: string;
          format?: 'yaml' | 'json' | 'text';
          explain?: boolean;
          failOn: FailOn;
        },
      ) => {
        const { run } = await import('./commands/merge.js');
        setExit(
          await run(
            {
              folder: folder ?? '.',
              explain: options.explain === true,
              failOn: options.failOn,
              ...(options.domain !== undefined ? { domain: options.domain } : {}),
              ...(options.format !== undefined ? { format: options.format } : {}),
            },
            io,
          ),
        );
      },
    );

  program
    .command('schema')
    .description(
      t(
        io,
        '输出 JSON Schema（供编辑器补全和提示）；不带参数时列出所有模式',
        'print a JSON Schema for editors; without a name, list them',
      ),
    )
    .argument('[name]', 'catalog | region | project')
    .action(async (name: string | undefined) => {
      const { run } = await import('./commands/schema.js');
      setExit(await run(name === undefined ? {} : { name }, io));
    });

  const guidelines = program
    .command('guidelines')
    .description(
      t(
        io,
        '查看自带的26个领域国家基准目录',
        'show the bundled national baselines of the 26 domains',
      ),
    );
  const guidelineFormat = () =>
    new Option('-f, --format <format>', t(io, '输出格式', 'output format'))
      .choices(['table', 'json', 'yaml'])
      .default('table');
  guidelines
    .command('list')
    .description(
      t(
        io,
        '列出各领域：编号、名称、部委、文号、事项数、完整性',
        'list the domains: id, name, ministry, number, items, completeness',
      ),
    )
    .addOption(guidelineFormat())
    .action(async (options: { format: GuidelinesFormat }) => {
      const { run } = await import('./commands/guidelines.js');
      setExit(await run({ action: 'list', format: options.format }, io));
    });
  guidelines
    .command('show')
    .description(
      t(
        io,
        '显示一个领域的基准目录（可写编号、中文名或别名）',
        'show one domain (id, Chinese name or alias)',
      ),
    )
    .argument('<domain>', t(io, '领域', 'domain'))
    .addOption(guidelineFormat())
    .action(async (domain: string, options: { format: GuidelinesFormat }) => {
      const { run } = await import('./commands/guidelines.js');
      setExit(await run({ action: 'show', domain, format: options.format }, io));
    });

  program
    .command('site')
    .description(
      t(
        io,
        '生成静态网站：区域树、各领域目录表、搜索和办事一本通，可放到政府网站或从 U 盘打开',
        'build the static HTML directory (region tree, catalog tables, search, 一件事 bundles)',
      ),
    )
    .argument(
      '<folder>',
      t(
        io,
        '区域目录仓库（含 gkml.yaml 的文件夹）',
        'the region repository (the folder with gkml.yaml)',
      ),
    )
    .option(
      '-o, --out <dir>',
      t(io, '网站的输出文件夹（必填）', 'output folder of the site (required)'),
    )
    .option(
      '--force',
      t(
        io,
        '输出文件夹不是空的、也不是 gkml 生成的网站时，仍然写入',
        'write into a non-empty folder that is not a previous gkml site',
      ),
      false,
    )
    .option(
      '--no-downloads',
      t(
        io,
        '不导出各区域的 Excel、CSV 和 JSON 下载文件（更快）',
        "skip each region's xlsx, csv and json downloads (faster)",
      ),
    )
    .option(
      '--date <YYYY-MM-DD>',
      t(
        io,
        'Excel 表格中的数据日期（默认：今天）',
        'the date of the data in the workbooks (default: today)',
      ),
    )
    .action(
      async (
        folder: string,
        options: { out?: string; force: boolean; downloads: boolean; date?: string },
      ) => {
        if (options.out === undefined) throw new UsageError(cliText.siteOutMissing);
        if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(options.date)) {
          throw new UsageError(cliText.siteBadDate(options.date));
        }
        const { run } = await import('./commands/site.js');
        const { force, downloads, date } = options;
        setExit(
          await run(
            { folder, out: options.out, force, downloads, ...(date !== undefined ? { date } : {}) },
            io,
          ),
        );
      },
    );
  declareDiff(program, io, setExit);
  declareExcelCommands(program, io, setExit, {
    formatOption: () => formatOption(io),
    failOnOption: () => failOnOption(io),
  });

  return program;
}

export function maxSizeOption(io: CliIo): Option {
  return new Option(
    '--max-size <bytes>',
    t(io, '单个文件的大小上限（字节，默认 5 MB）', 'size limit per file in bytes (default 5 MB)'),
  ).argParser(positiveInteger);
}

export function formatOption(io: CliIo): Option {
  return new Option('-f, --format <format>', t(io, '输出格式', 'output format'))
    .choices(DIAGNOSTIC_FORMATS)
    .default('stylish');
}

export function failOnOption(io: CliIo): Option {
  return new Option(
    '--fail-on <severity>',
    t(io, '达到该级别即以 1 退出', 'exit with 1 at or above this severity'),
  )
    .choices(['error', 'warning'])
    .default('error');
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    throw new UsageError({ zh: `不是正整数：${value}`, en: `not a positive integer: ${value}` });
  }
  return parsed;
}
