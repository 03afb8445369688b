// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Modules that only the CLI layer may touch: the terminal, colours and the process. */
const cliOnly = ['chalk', 'commander', 'node:process', 'node:readline', 'node:tty'];
/** Modules that do I/O: allowed in src/io and src/cli only. */
const ioModules = ['node:fs', 'node:fs/promises', 'node:child_process', 'fast-glob', 'node:os'];

const restrict = (/** @type {string[]} */ names, /** @type {string[]} */ patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: names.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message })),
    },
  ],
  'no-restricted-globals': ['error', { name: 'process', message }],
  'no-console': 'error',
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'bench/.work/',
      'test/**/fixtures/',
      'out/',
      'test/.artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Spreading a string gives code points, which is what Chinese text needs (no emoji here).
      '@typescript-eslint/no-misused-spread': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The site's browser scripts: classic scripts, loaded from file:// too.
    files: ['templates/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'location',
          'history',
          'URL',
          'URLSearchParams',
          'setTimeout',
          'clearTimeout',
          'localStorage',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict(
      [...cliOnly, ...ioModules, 'exceljs', 'handlebars', 'node:path'],
      ['**/io/**', '**/cli/**', '**/render/**', '**/import/**', '**/pipeline/**'],
      'src/core is pure: no I/O, process, terminal or heavy renderers (docs/architecture.md, "Rooms").',
    ),
  },
  {
    files: ['src/render/**/*.ts', 'src/import/**/*.ts'],
    rules: restrict(
      [...cliOnly, ...ioModules],
      ['**/cli/**', '**/io/**', '**/pipeline/**'],
      'renderers and importers are pure transformations: I/O belongs in src/io, the process in src/cli (docs/architecture.md, "Rooms").',
    ),
  },
  {
    files: ['src/io/**/*.ts'],
    rules: restrict(
      cliOnly,
      ['**/cli/**', '**/pipeline/**', '**/render/**', '**/core/merge/**'],
      'src/io reads and writes files, git and workbooks; merging, rendering and running the pipeline happen above it, the process and terminal in src/cli (docs/architecture.md, "Rooms").',
    ),
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: restrict(
      [...cliOnly, ...ioModules],
      ['**/core/**', '**/io/**', '**/cli/**', '**/render/**', '**/import/**', '**/pipeline/**'],
      'src/i18n is the bottom room: languages, punctuation and message tables, importing nothing of gkml (docs/architecture.md, "Rooms").',
    ),
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: restrict(
      cliOnly,
      ['**/cli/**'],
      'src/pipeline runs load → analyse → plan → write for the commands; the process and terminal belong to src/cli (docs/architecture.md, "Rooms").',
    ),
  },
);
