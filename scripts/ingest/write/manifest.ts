import {readFile} from 'node:fs/promises'
import {writeFileAtomic} from './atomic-write.ts'

/** What the last run wrote for one article: lets the next run skip it. */
export interface ManifestEntry {
  /** Hash of the input record and of the pipeline that processed it. */
  hash: string
  /** Input file it came from. */
  source: string
}

export type Manifest = Record<string, ManifestEntry>

/** The manifest lives beside the collections, out of the glob loaders' way. */
export const MANIFEST_NAME = '.ingest-manifest.json'

export async function readManifest(file: string): Promise<Manifest> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as {articles?: Manifest}
    return data.articles ?? {}
  } catch {
    // Missing or damaged: everything is processed again, which is always safe.
    return {}
  }
}

/** Keys sorted, so the same run writes the same bytes. */
export async function writeManifest(file: string, manifest: Manifest): Promise<void> {
  const articles = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  await writeFileAtomic(file, `${JSON.stringify({version: 1, articles}, null, 1)}\n`)
}
