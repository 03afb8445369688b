/**
 * The handlebars side of the site: one isolated instance, the page templates compiled once with
 * only the helpers we register. Templates use {{ }} (escaped) only: the tests reject {{{ }}}.
 */
import Handlebars from 'handlebars';

export const PAGE_TEMPLATES = [
  'home',
  'region',
  'catalog',
  'bundle',
  'documents',
  'search',
  'report',
] as const;
export type PageTemplate = (typeof PAGE_TEMPLATES)[number];

/** The sources of templates/site, read by src/io (this module stays pure). */
export interface SiteTemplates {
  pages: Record<PageTemplate, string>;
  /** Partials by name (layout, region-tree, …). */
  partials: Record<string, string>;
  /** Files copied as they are (CSS, JavaScript), by path under assets/. */
  assets: Record<string, string>;
}

export type CompiledPages = Record<PageTemplate, (view: object) => string>;

export function compileTemplates(templates: SiteTemplates): CompiledPages {
  const hbs = Handlebars.create();
  for (const [name, source] of Object.entries(templates.partials)) {
    hbs.registerPartial(name, source);
  }
  const options = { knownHelpersOnly: true, preventIndent: true };
  const compiled = {} as Record<PageTemplate, (view: object) => string>;
  for (const name of PAGE_TEMPLATES) {
    const template = hbs.compile(templates.pages[name], options);
    compiled[name] = (view) => template(view);
  }
  return compiled;
}
