import {readFileSync} from 'node:fs'
import {archiveActors} from '../../actors/archive/archive-actors.ts'
import {archiveIndex} from '../../actors/archive/archive-names.ts'
import type {ArchiveRewrite, ArchiveRewritten, ArchiveScan, ArchiveScanResult} from './archive-scan.ts'
import {markdownBlocks, splitArticleFile} from './markdown-blocks.ts'
import {ownActorForms, rewriteArchiveActors} from './rewrite-actors.ts'

/** What each article may gain (see `archiveActors`), on whichever thread runs it. */
export function scanArticles({registry, names, articles}: ArchiveScan): ArchiveScanResult[] {
  const index = archiveIndex(registry, names)
  const results: ArchiveScanResult[] = []
  for (const {id, file, present} of articles) {
    // Read synchronously: one small file after another, awaiting each costs more than reading it.
    const parts = splitArticleFile(readFileSync(file, 'utf8'))
    if (!parts) continue
    const own = {ids: new Set(present), forms: ownActorForms(parts.yaml)}
    results.push({id, gained: archiveActors(markdownBlocks(parts.body), own, index)})
  }
  return results
}

/** Rewrite the given articles with their gained actors; `unique` keeps temporary names of threads apart. */
export function rewriteArticles(rewrites: readonly ArchiveRewrite[], unique: string): ArchiveRewritten[] {
  return rewrites.map(({id, file, gained}) => ({id, markdownSha256: rewriteArchiveActors(file, gained, unique)}))
}
