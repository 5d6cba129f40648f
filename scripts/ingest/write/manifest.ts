import {readFile} from 'node:fs/promises'
import type {FoundName} from '../../actors/archive/archive-names.ts'
import {writeFileAtomic} from './atomic-write.ts'

/** What the last run wrote for one article: lets the next run skip it. */
export interface ManifestEntry {
  /** Hash of the input record and of the pipeline that processed it. */
  hash: string
  /** Input file it came from. */
  source: string
  /** SHA-256 of its input bytes (see `RawArticle.inputSha256`): what was ingested. */
  inputSha256: string
  /** SHA-256 of its Markdown file as last written (after the archive pass): `npm run verify` checks it. */
  markdownSha256: string
  /** The actors its own pass found that the registry lacks: the archive pass looks for them everywhere. */
  found?: FoundName[]
  /** A hash of the actors the archive pass gave it, if any. */
  archive?: string
}

export type Manifest = Record<string, ManifestEntry>

/** The manifest file: each article's entry, and the hash of the archive's names at that run. */
export interface ManifestFile {
  articles: Manifest
  archiveNames?: string
}

/** The manifest lives beside the collections, out of the glob loaders' way. */
export const MANIFEST_NAME = '.ingest-manifest.json'

export async function readManifest(file: string): Promise<ManifestFile> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<ManifestFile> & {version?: number}
    // An older version lacks fields (`found`, the SHA-256s): everything is processed again.
    return data.version === MANIFEST_VERSION ? {articles: data.articles ?? {}, archiveNames: data.archiveNames} : {articles: {}}
  } catch {
    // Missing or damaged: everything is processed again, which is always safe.
    return {articles: {}}
  }
}

const MANIFEST_VERSION = 3

/** Keys sorted, so the same run writes the same bytes. */
export async function writeManifest(file: string, {articles, archiveNames}: ManifestFile): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(articles).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  await writeFileAtomic(file, `${JSON.stringify({version: MANIFEST_VERSION, archiveNames, articles: sorted}, null, 1)}\n`)
}
