import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {readFileBatches} from '../../../src/shared/file-batches.ts'
import {extractLinks, extractXmlLinks, type PageLinks} from './extract-links.ts'

/** One broken link, as data; `formatBrokenLink` words it. */
export interface BrokenLink {
  /** The file the link is in, relative to the site folder. */
  file: string
  /** The address as written. */
  url: string
  reason: 'missing-page' | 'missing-anchor'
}

export interface CheckOptions {
  /** The built site. */
  dist: string
  /** Base path the site is built for. Default: `/`. */
  base?: string
  /** The site's public address: absolute links to it are checked as internal. */
  site?: string
  /** Worker threads reading the files; `0` reads in this thread. Default: one per core for 1,000 files or more. */
  workers?: number
}

export interface CheckResult {
  /** Files read (HTML and XML). */
  files: number
  /** Internal links checked. */
  links: number
  broken: BrokenLink[]
}

/** Origin used to resolve relative links; never a real host. */
const LOCAL = 'http://arshif.invalid'

/**
 * Check every internal link of a built site: each HTML page's links and
 * loaded files, and the addresses in its XML files (sitemaps, feeds),
 * must name a file of the site, and a `#fragment` an anchor of that page.
 * External links are not followed.
 */
export async function checkLinks(options: CheckOptions): Promise<CheckResult> {
  const root = path.resolve(options.dist)
  const base = options.base ?? '/'
  const entries = await readdir(root, {recursive: true, withFileTypes: true})
  const files = new Set(
    entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  )
  const readable = [...files].filter((file) => file.endsWith('.html') || file.endsWith('.xml')).sort()
  // Reading every page and scanning its tags is most of the work, so it runs on every core; resolving is quick.
  const pages = await readFileBatches(root, readable, {
    read: readLinkBatch,
    worker: new URL('./read-links-worker.ts', import.meta.url),
    workers: options.workers
  })
  const anchorsOf = new Map(readable.map((file, index) => [file, pages[index].anchors]))
  const ownOrigins = [LOCAL, ...(options.site ? [new URL(options.site).origin] : [])]

  const broken: BrokenLink[] = []
  let checked = 0
  // A path from the root (`/actors/x/`, most links: the header's on every page) resolves alike on every page: once.
  const fromRoot = new Map<string, Resolved>()
  for (const [index, file] of readable.entries()) {
    const pageUrl = new URL(fileToUrlPath(file, base), LOCAL)
    for (const url of pages[index].links) {
      const rootPath = url.startsWith('/') && !url.startsWith('//')
      let resolved = rootPath ? fromRoot.get(url) : undefined
      if (!resolved) {
        resolved = resolve(url, pageUrl, ownOrigins, base, files)
        if (rootPath) fromRoot.set(url, resolved)
      }
      if (resolved === 'external') continue
      if (resolved !== 'malformed') checked++
      if (resolved === 'missing-page' || resolved === 'malformed') {
        broken.push({file, url, reason: 'missing-page'})
        continue
      }
      const {target, fragment} = resolved
      if (fragment !== '' && target.endsWith('.html') && !anchorsOf.get(target)?.has(fragment)) {
        broken.push({file, url, reason: 'missing-anchor'})
      }
    }
  }
  return {files: readable.length, links: checked, broken}
}

/** Where a link leads: a file of the site and a fragment, another site, nowhere, or it is no address. */
type Resolved = {target: string; fragment: string} | 'external' | 'missing-page' | 'malformed'

function resolve(url: string, pageUrl: URL, ownOrigins: string[], base: string, files: Set<string>): Resolved {
  let resolved: URL
  try {
    resolved = new URL(url, pageUrl)
  } catch {
    return 'malformed'
  }
  if (!ownOrigins.includes(resolved.origin) || !['http:', 'https:'].includes(resolved.protocol)) return 'external'
  const target = urlPathToFile(decodeURIComponent(resolved.pathname), base, files)
  return target === undefined ? 'missing-page' : {target, fragment: decodeURIComponent(resolved.hash.slice(1))}
}

/** The links and anchors of a batch of HTML and XML files (an XML file has no anchors). */
export async function readLinkBatch(root: string, files: string[]): Promise<PageLinks[]> {
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(root, file), 'utf8')
      return file.endsWith('.html') ? extractLinks(text) : {links: extractXmlLinks(text), anchors: new Set<string>()}
    })
  )
}

/** `articles/x/index.html` → `/base/articles/x/`. */
function fileToUrlPath(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1')
}

/** The site file a path names, as a static host resolves it, or `undefined`. */
function urlPathToFile(pathname: string, base: string, files: Set<string>): string | undefined {
  if (!pathname.startsWith(base)) return undefined
  const relative = pathname.slice(base.length)
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`]
  return candidates.find((candidate) => files.has(candidate))
}

/** One line for a broken link: `articles/x/index.html: /actors/y/: no such page`. */
export function formatBrokenLink(link: BrokenLink): string {
  const reason = link.reason === 'missing-anchor' ? 'no such anchor on the page' : 'no such page'
  return `${link.file}: ${link.url}: ${reason}  [${link.reason}]`
}
