import path from 'node:path'
import {getCollection} from 'astro:content'
import type {RegistryActor} from '../../shared/schemas/actor.ts'
import {openArticleSource} from '../content/article-source.ts'
import {paths} from '../site.ts'
import {actorDocumentsKey} from './actor-page.ts'
import {articleToArchiveArticle} from './archive-article.ts'
import {buildArchive, type Archive} from './build-archive.ts'
import {buildStoryIndex, type StoryIndex} from './story-index.ts'
import {readStoriesFile} from '../content/read-stories.ts'

/**
 * The corpus-level rule for actor pages: every actor the registry lists
 * has one from its first article; an actor only the tagger found (`ar-…`
 * ids) once at least this many articles name it, as the actor stage
 * advises (README, "For the site"): fewer is too often a misread name.
 * Mentions of actors without a page stay plain text.
 */
export const ACTOR_PAGE_MIN_ARTICLES = 3

/** The archive's indexes, its stories, and each article's rendered body. */
export interface SiteArchive extends Archive, StoryIndex {
  /** The article's body as HTML, actor mentions linked. */
  html(id: string): string
}

let archive: Promise<SiteArchive> | undefined

/**
 * The whole archive, read once per build and shared by every page (module
 * state lives as long as the build), so each page only looks things up.
 *
 * Articles are read straight from the content folder (`ARSHIF_CONTENT`,
 * default `content`), not through an Astro content collection: Astro hands
 * a collection to the build as one JavaScript string module, and V8
 * compiles such a module in time that grows faster than its size (half a
 * minute at 12,000 articles, far worse at 100,000). Reading the files
 * takes a second and grows linearly.
 *
 * Two passes: the frontmatter of all articles first, which settles which
 * actors get a page; then each body through the Markdown pipeline, linking
 * only mentions of actors that have one.
 */
export function loadArchive(): Promise<SiteArchive> {
  archive ??= (async () => {
    const content = path.resolve(process.env.ARSHIF_CONTENT ?? 'content')
    const [source, registry, stories] = await Promise.all([openArticleSource(content), getCollection('actors'), readStoriesFile(content)])
    const actors: RegistryActor[] = registry.map((entry) => {
      if (entry.data.id !== undefined && entry.data.id !== entry.id) {
        throw new Error(`${entry.filePath}: \`id\` is "${entry.data.id}", expected the file name "${entry.id}"`)
      }
      return {...entry.data, id: entry.id}
    })
    const records = source.articles.map((entry) => articleToArchiveArticle(entry.id, entry.data))
    const index = buildArchive(records, actors, {minArticles: ACTOR_PAGE_MIN_ARTICLES})

    const rendered = await source.render((id) => {
      const page = index.actor(id)
      return page && paths.actor(page.id)
    })
    const html = new Map<string, string>()
    rendered.forEach((result, position) => {
      records[position].lead = result.lead
      records[position].sentences = result.sentences
      html.set(records[position].id, result.html)
    })
    return {...index, ...buildStoryIndex(stories, index.article), html: (id) => html.get(id) ?? ''}
  })()
  return archive
}

let actorKeys: Promise<Map<string, string>> | undefined

/**
 * `getStaticPaths` of the routes with one file per actor (`/actors/<id>.json`,
 * `/actors/<id>/feed.xml`): both ask, the cache keys are computed once.
 */
export async function actorStaticPaths(): Promise<{params: {id: string}; cacheKey: string}[]> {
  actorKeys ??= loadArchive().then((archive) => new Map(archive.actors.map((actor) => [actor.id, actorDocumentsKey(archive, actor.id)])))
  return [...(await actorKeys)].map(([id, cacheKey]) => ({params: {id}, cacheKey}))
}
