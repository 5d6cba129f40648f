import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {MANIFEST_FILE} from '../../src/shared/search/bundle.ts'

/** Marks the links this step adds. */
const MARK = 'data-index-preload'

/** The built search page, where the links go. */
const SEARCH_PAGE = path.join('search', 'index.html')

/**
 * Have the search page fetch the index's fixed files with the page itself:
 * Pagefind's module, its WebAssembly, the index's metadata (on a large
 * archive its biggest file, 150 KB for 12,000 articles) and our manifest.
 * Otherwise each waits for the one before (the page's script loads
 * Pagefind, Pagefind reads its entry file, then fetches the rest), three
 * round trips before a slow phone can start the largest download. The
 * metadata's name holds a hash, known only once the index is written, so
 * the links are added to the built page here. Addresses are relative to
 * the page (`../pagefind/…`), so any base path works.
 */
export async function preloadIndexFiles(dist: string, bundle = 'pagefind'): Promise<void> {
  const entry = JSON.parse(await readFile(path.join(dist, bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, {hash: string; wasm: string | null}>
  }
  const languages = Object.values(entry.languages)
  // With several languages the page picks one at run time: nothing to fetch ahead.
  if (languages.length !== 1) return
  const [{hash, wasm}] = languages
  const at = (file: string) => `../${bundle}/${file}`
  const links = [
    `<link rel="modulepreload" href="${at('pagefind.js')}" ${MARK}>`,
    ...[MANIFEST_FILE, `pagefind.${hash}.pf_meta`, `wasm.${wasm ?? 'unknown'}.pagefind`].map(
      (file) => `<link rel="preload" href="${at(file)}" as="fetch" crossorigin ${MARK}>`
    )
  ]
  const page = path.join(dist, SEARCH_PAGE)
  const html = await readFile(page, 'utf8').catch(() => undefined)
  if (html === undefined || !html.includes('</head>')) return
  // Indexing the same pages again replaces the links, it does not add more.
  const withoutOld = html.replace(new RegExp(`<link [^>]*${MARK}>`, 'g'), '')
  await writeFile(page, withoutOld.replace('</head>', `${links.join('')}</head>`))
}
