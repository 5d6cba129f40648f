import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {gzipSync} from 'node:zlib'

/** The HTML pages gzipped to find the largest compressed one: the largest raw ones (compression ratios of pages vary little). */
const LARGEST_CANDIDATES = 50

export interface DistSize {
  files: number
  bytes: number
  /** HTML pages. */
  pages: number
  /** The HTML page that weighs most as a host sends it (gzip), with its size raw and gzipped. */
  largestPage?: {path: string; bytes: number; gzipBytes: number}
}

/** What a built site holds: its files, their bytes, how many are HTML pages and the heaviest page. */
export async function distSize(dist: string): Promise<DistSize> {
  const entries = await readdir(dist, {recursive: true, withFileTypes: true})
  let files = 0
  let bytes = 0
  const htmlPages: {path: string; bytes: number}[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    files++
    const file = path.join(entry.parentPath, entry.name)
    const size = (await stat(file)).size
    bytes += size
    if (entry.name.endsWith('.html')) htmlPages.push({path: file, bytes: size})
  }
  const candidates = htmlPages.sort((a, b) => b.bytes - a.bytes).slice(0, LARGEST_CANDIDATES)
  let largestPage: DistSize['largestPage']
  for (const page of candidates) {
    const gzipBytes = gzipSync(await readFile(page.path)).length
    if (!largestPage || gzipBytes > largestPage.gzipBytes) largestPage = {path: path.relative(dist, page.path), bytes: page.bytes, gzipBytes}
  }
  return {files, bytes, pages: htmlPages.length, largestPage}
}
