/** The names `gkml diff --format` takes; apart from the renderers so that `--help` loads none. */
export const DIFF_FORMATS = ['stylish', 'json', 'markdown', 'sarif', 'github'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
