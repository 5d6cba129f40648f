import {getCollection} from 'astro:content'
import type {RegistryActor} from '../../shared/schemas/actor.ts'
import {entryToArchiveArticle} from './archive-article.ts'
import {buildArchive, type Archive} from './build-archive.ts'

/**
 * The corpus-level rule for actor pages: every actor the registry lists,
 * and every other tagged actor mentioned in at least this many articles.
 * It must agree with which mentions `remarkLinkActors` links
 * (astro.config.mjs): with 1, every tagged actor has a page.
 */
export const ACTOR_PAGE_MIN_ARTICLES = 1

let archive: Promise<Archive> | undefined

/**
 * The archive's indexes, built on first use and shared by every page of
 * the build (module state lives as long as the build), so each page only
 * looks things up.
 */
export function loadArchive(): Promise<Archive> {
  archive ??= (async () => {
    const [articles, registry] = await Promise.all([getCollection('articles'), getCollection('actors')])
    const actors: RegistryActor[] = registry.map((entry) => {
      if (entry.data.id !== undefined && entry.data.id !== entry.id) {
        throw new Error(`${entry.filePath}: \`id\` is "${entry.data.id}", expected the file name "${entry.id}"`)
      }
      return {...entry.data, id: entry.id}
    })
    return buildArchive(articles.map(entryToArchiveArticle), actors, {minArticles: ACTOR_PAGE_MIN_ARTICLES})
  })()
  return archive
}
