import path from 'node:path'
import {MANIFEST_NAME, readManifest} from '../ingest/write/manifest.ts'
import {compareHashes, FIXITY_FILE, hashFolder, readFixityManifest, type FixityProblem} from './fixity-manifest.ts'

/** What `verify` found in one folder. */
export interface FolderCheck {
  folder: string
  /** Files recorded. */
  files: number
  problems: FixityProblem[]
  /** Set when there is no record to check against. */
  unrecorded?: string
}

/**
 * The articles of a content folder against the SHA-256s the ingest
 * recorded in its manifest (`markdownSha256`).
 */
export async function verifyContent(content: string): Promise<FolderCheck> {
  const manifestFile = path.join(content, MANIFEST_NAME)
  const {articles, archiveNames} = await readManifest(manifestFile)
  const recorded = new Map(Object.entries(articles).map(([id, entry]) => [`articles/${id}.md`, entry.markdownSha256]))
  if (recorded.size === 0) return {folder: content, files: 0, problems: [], unrecorded: `${manifestFile}: no ingest recorded here`}
  // Saved before the archive pass and again after it: without the pass's mark, the ingest was stopped during it.
  if (archiveNames === undefined) return {folder: content, files: recorded.size, problems: [], unrecorded: `${manifestFile}: the last ingest was stopped in its archive pass; run it again`}
  const now = new Map([...(await hashFolder(path.join(content, 'articles')))].filter(([file]) => file.endsWith('.md')).map(([file, sha256]) => [`articles/${file}`, sha256]))
  return {folder: content, files: recorded.size, problems: compareHashes(recorded, now)}
}

/** A built site against the `manifest-sha256.txt` its build wrote. */
export async function verifyDist(dist: string): Promise<FolderCheck> {
  const recorded = await readFixityManifest(dist)
  if (!recorded) return {folder: dist, files: 0, problems: [], unrecorded: `${path.join(dist, FIXITY_FILE)}: missing; build the site with \`npm run build\``}
  return {folder: dist, files: recorded.size, problems: compareHashes(recorded, await hashFolder(dist))}
}
