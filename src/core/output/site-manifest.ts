/**
 * Marks a folder as a gkml site, so that a later run may update it and nothing else. Shared by the
 * site's pages (which never link it) and the writer that keeps it (src/io/site-writer.ts).
 */
export const SITE_MANIFEST = '.gkml-site.json';
