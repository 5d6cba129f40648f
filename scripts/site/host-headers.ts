import {writeFile} from 'node:fs/promises'
import path from 'node:path'

/** A year: for files whose names change whenever their content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Paths, under the site's base, of files named after their content:
 * Astro's bundled CSS, scripts and fonts, and Pagefind's index chunks,
 * fragments, filters and metadata. Pagefind's entry files
 * (`pagefind-entry.json`, `pagefind.js`, `wasm.*.pagefind`) and
 * `arshif-search.json` keep their names from build to build, so they are
 * not among them.
 */
const HASHED = ['_astro/*', 'pagefind/index/*', 'pagefind/fragment/*', 'pagefind/filter/*', 'pagefind/pagefind.*.pf_meta']

/**
 * The `_headers` file of static hosts (Netlify, Cloudflare Pages): a year's
 * cache for the hashed files, and no rule for the rest, which hosts serve
 * with a short, revalidated cache of their own (`max-age=0,
 * must-revalidate`). A catch-all `/*` rule would not do for HTML: both
 * hosts merge the headers of every rule a path matches, so a hashed file
 * would get two `Cache-Control` values.
 */
export function hostHeaders(base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`
  const rules = HASHED.map((pattern) => `${prefix}${pattern}\n  Cache-Control: ${IMMUTABLE}\n`)
  return `# Cache rules for static hosts (Netlify, Cloudflare Pages); written by the build.\n${rules.join('')}`
}

/**
 * Whether a path under the site's base (`_astro/site.Ab12.css`) is one of
 * the hashed files, read as a host reads the rules: `*` matches any rest
 * of the path.
 */
export function isHashedPath(pathUnderBase: string): boolean {
  return HASHED_PATHS.test(pathUnderBase.replace(/^\//, ''))
}

const HASHED_PATHS = new RegExp(`^(?:${HASHED.map((pattern) => pattern.split('*').map(escapeRegExp).join('.*')).join('|')})$`)

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export async function writeHostHeaders(dist: string, base: string): Promise<void> {
  await writeFile(path.join(dist, '_headers'), hostHeaders(base))
}
