import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parse as parseYaml, stringify as stringifyYaml} from 'yaml'
import {spreadableIds, withArchiveActors} from '../../actors/archive/archive-actors.ts'
import {collectArchiveNames} from '../../actors/archive/archive-names.ts'
import type {Registry} from '../../actors/registry/load-registry.ts'
import type {ArticleActor} from '../../../src/shared/schemas/actor.ts'
import {frontmatterToYaml} from '../article/frontmatter-to-yaml.ts'
import {YAML_OPTIONS} from '../article/serialize.ts'
import {writeFileAtomicSync} from '../write/atomic-write.ts'
import type {Manifest} from '../write/manifest.ts'
import {scanArchive} from './archive-scan.ts'
import {splitArticleFile} from './markdown-blocks.ts'

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
  const scanned = await scanArchive(
    options.registry,
    names,
    ids.map((id) => ({id, file: path.join(articlesFolder, `${id}.md`), present: (manifest[id].found ?? []).map(([foundId]) => foundId)}))
  )
  const candidates = new Map(scanned.map(({id, gained}) => [id, gained]))
  const spreadable = spreadableIds(
    ids.map((id) => manifest[id].found ?? []),
    candidates.values()
  )
  let rewritten = 0
  for (const [id, all] of candidates) {
    const gained = all.filter((actor) => spreadable.has(actor.id))
    const gainedHash = gained.length > 0 ? hash(gained) : undefined
    if (gainedHash === manifest[id].archive) continue
    const file = path.join(articlesFolder, `${id}.md`)
    const {yaml, body} = splitArticleFile(readFileSync(file, 'utf8'))!
    const parsed = parseYaml(yaml) as Record<string, unknown>
    const frontmatter = withActorsField(parsed, withArchiveActors((parsed.actors as ArticleActor[] | undefined) ?? [], gained))
    const newYaml = frontmatterToYaml(frontmatter) ?? stringifyYaml(frontmatter, YAML_OPTIONS)
    writeFileAtomicSync(file, `---\n${newYaml}---\n${body}`)
    manifest[id] = {...manifest[id], archive: gainedHash}
    rewritten++
  }
  return {namesHash, rewritten}
}

/** `frontmatter` with its `actors` replaced, placed where `toFrontmatter` puts them (after `lang`). */
function withActorsField(frontmatter: Record<string, unknown>, actors: ArticleActor[]): Record<string, unknown> {
  const entries = Object.entries(frontmatter).filter(([key]) => key !== 'actors')
  if (actors.length > 0) entries.splice(entries.findIndex(([key]) => key === 'lang') + 1, 0, ['actors', actors])
  return Object.fromEntries(entries)
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32)
}
