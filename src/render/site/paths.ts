/**
 * Where each page of the site lives. Every link is relative, and every link to a folder names its
 * index.html: from file:// (a USB stick) a browser shows a folder listing, not the index.
 */
import type { DomainId } from '../../core/vocabulary/domains.js';

export const HOME = 'index.html';
export const SEARCH = 'search.html';
/** The compile report (gkml compile only). */
export const REPORT = 'report.html';
/** In cascade order: the base and palette, the catalog table, print. */
export const STYLESHEETS = ['assets/site.css', 'assets/catalog.css', 'assets/print.css'];
/** Every page: the 大字版 switch. */
export const SITE_SCRIPT = 'assets/site.js';
export const SEARCH_ENGINE = 'assets/search-engine.js';
export const SEARCH_SCRIPT = 'assets/search.js';
export const SEARCH_INDEX = 'assets/search-index.js';

/** The folder of a region's pages, with a trailing slash. */
export const regionFolder = (code: string): string => `r/${code}/`;
export const regionPage = (code: string): string => `${regionFolder(code)}index.html`;
export const catalogPage = (code: string, domain: DomainId): string =>
  `${regionFolder(code)}${domain}.html`;
/** 政策文件与解读: a region's published documents (from its documents.yaml). */
export const documentsPage = (code: string): string => `${regionFolder(code)}documents.html`;
export const documentAnchor = (number: number): string => `doc-${String(number)}`;
export const bundlePage = (code: string, bundle: string): string =>
  `r/${code}/bundles/${bundle}.html`;

/** The prefix that leads from `page` back to the site root: "../../" for "r/410102/index.html". */
export function rootOf(page: string): string {
  const depth = page.split('/').length - 1;
  return '../'.repeat(depth);
}

/** The home page's list of the 26 domains, each with the regions that publish it. */
export const DOMAINS_ANCHOR = 'domains';

/** The anchor of an item on its catalog page. */
export const itemAnchor = (id: string): string => `item-${id}`;
