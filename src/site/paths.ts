import type {ActorType} from '../shared/schemas/actor.ts'
import {ACTOR_TYPES} from './format/actor-types.ts'

/**
 * Every address on the site, under a base path (`/` or `/archive/`), so no
 * page writes a URL by hand and the site works from a subfolder.
 */
export interface SitePaths {
  base: string
  home(): string
  article(id: string): string
  /** The actors index: the most covered of each type. */
  actors(): string
  /** Every actor of a type, most covered first: `actors/people/`, then `actors/people/2/`. */
  actorsOfType(type: ActorType, page?: number): string
  /** Every actor's names in matching form, for the index's quick filter. */
  actorNames(): string
  /** An actor's timeline; page 1 is the actor's own address. */
  actor(id: string, page?: number): string
  actorFeed(id: string): string
  actorJson(id: string): string
  actorsJson(): string
  /** The largest stories. */
  stories(): string
  /** A story: its articles side by side by outlet. */
  story(id: string): string
  storyJson(id: string): string
  storiesJson(): string
  archive(): string
  /** The stories that began in a month: `archive/2018/02/stories/`. */
  monthStories(key: string): string
  /** A month of the date archive: `archive/2018/02/`. */
  month(key: string, page?: number): string
  outlets(): string
  outlet(slug: string, page?: number): string
  feed(): string
  sitemap(): string
  search(): string
  /** Any other file under the base: `asset('robots.txt')`. */
  asset(path: string): string
}

/** The public address the site is built for: `ARSHIF_SITE`, else a placeholder that names no real host. */
export function siteFromEnvironment(): string {
  return process.env.ARSHIF_SITE ?? 'https://arshif.example.org'
}

/** The base path the site is built under: `ARSHIF_BASE`, else `/`, normalized. */
export function baseFromEnvironment(): string {
  return normalizeBase(process.env.ARSHIF_BASE ?? '/')
}

/** `archive` → `/archive/`; `/` stays `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '')
  return trimmed === '' ? '/' : `/${trimmed}/`
}

const paged = (path: string, page = 1) => (page > 1 ? `${path}${page}/` : path)

/** The site's addresses under `base`. Segments outside ASCII are percent-encoded. */
export function createPaths(base: string): SitePaths {
  const root = normalizeBase(base)
  const at = (path: string) => `${root}${path}`
  return {
    base: root,
    home: () => root,
    article: (id) => at(`articles/${encodeURIComponent(id)}/`),
    actors: () => at('actors/'),
    actorsOfType: (type, page) => paged(at(`actors/${ACTOR_TYPES[type].slug}/`), page),
    actorNames: () => at('actors/names.json'),
    actor: (id, page) => paged(at(`actors/${encodeURIComponent(id)}/`), page),
    actorFeed: (id) => at(`actors/${encodeURIComponent(id)}/feed.xml`),
    actorJson: (id) => at(`actors/${encodeURIComponent(id)}.json`),
    actorsJson: () => at('actors.json'),
    stories: () => at('stories/'),
    story: (id) => at(`stories/${encodeURIComponent(id)}/`),
    storyJson: (id) => at(`stories/${encodeURIComponent(id)}.json`),
    storiesJson: () => at('stories.json'),
    archive: () => at('archive/'),
    monthStories: (key) => at(`archive/${key.slice(0, 4)}/${key.slice(5, 7)}/stories/`),
    month: (key, page) => paged(at(`archive/${key.slice(0, 4)}/${key.slice(5, 7)}/`), page),
    outlets: () => at('outlets/'),
    outlet: (slug, page) => paged(at(`outlets/${encodeURIComponent(slug)}/`), page),
    feed: () => at('feed.xml'),
    sitemap: () => at('sitemap.xml'),
    search: () => at('search/'),
    asset: (path) => at(path.replace(/^\/+/, ''))
  }
}
