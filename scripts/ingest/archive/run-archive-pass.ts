import path from 'node:path'
import {spreadableIds} from '../../actors/archive/archive-actors.ts'
import {collectArchiveNames} from '../../actors/archive/archive-names.ts'
import type {Registry} from '../../actors/registry/load-registry.ts'
import type {Manifest} from '../write/manifest.ts'
import {scanArchive, type ArchiveRewrite} from './archive-scan.ts'
import {sha256Hex} from '../../fixity/sha256.ts'

export interface ArchivePassOptions {
  articlesFolder: string
  /** This run's manifest: each article's own tagged actors (`found`); `archive` is updated here. */
  manifest: Manifest
  registry: Registry
  /** The hash of the archive's names at the last run, if any. */
  previousNamesHash: string | undefined
  /** Whether this run wrote or removed any article. */
  articlesChanged: boolean
}

/**
 * The ingest's second pass: each article gains the actors the rest of the
 * archive knows by name (see `archiveActors`), recorded in its
 * frontmatter with `byArchive: true`.
 *
 * It depends on every article's own actors, so adding an article can give
 * an old one an actor: the pass reads every article whenever the articles
 * or the archive's names changed, and rewrites (atomically) only those
 * whose gained actors differ from the last run's (`ManifestEntry.archive`),
 * so an incremental run ends with the same files as a full one. Returns
 * the names' hash, for the next run, and the number of articles rewritten.
 */
export async function runArchivePass(options: ArchivePassOptions): Promise<{namesHash: string; rewritten: number}> {
  const {manifest, articlesFolder} = options
  const ids = Object.keys(manifest).sort()
  const names = collectArchiveNames(ids.map((id) => manifest[id].found ?? []))
  const namesHash = hash(names)
  if (!options.articlesChanged && namesHash === options.previousNamesHash) return {namesHash, rewritten: 0}
  const scan = scanArchive(
    options.registry,
    names,
    ids.map((id) => ({id, file: path.join(articlesFolder, `${id}.md`), present: (manifest[id].found ?? []).map(([foundId]) => foundId)}))
  )
  let scanned
  try {
    scanned = await scan.results
  } catch (error) {
    await scan.stop()
    throw error
  }
  const spreadable = spreadableIds(
    ids.map((id) => manifest[id].found ?? []),
    scanned.map(({gained}) => gained)
  )
  const rewrites: ArchiveRewrite[] = []
  for (const {id, gained: candidates} of scanned) {
    const gained = candidates.filter((actor) => spreadable.has(actor.id))
    const gainedHash = gained.length > 0 ? hash(gained) : undefined
    if (gainedHash === manifest[id].archive) continue
    rewrites.push({id, file: path.join(articlesFolder, `${id}.md`), gained})
    manifest[id] = {...manifest[id], archive: gainedHash}
  }
  for (const {id, markdownSha256} of await scan.rewrite(rewrites)) manifest[id] = {...manifest[id], markdownSha256}
  const rewritten = rewrites.length
  return {namesHash, rewritten}
}

function hash(value: unknown): string {
  return sha256Hex(JSON.stringify(value)).slice(0, 32)
}
