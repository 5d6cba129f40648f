import {normalizeArabic} from '../../shared/arabic/normalize.ts'
import type {ActorType} from '../../shared/schemas/actor.ts'
import {ACTOR_TYPE_PAGE_SIZE} from '../page-sizes.ts'
import {paginate, pageParam, type PageSlice} from '../pagination.ts'
import type {ActorEntry} from './build-archive.ts'

/** How many of each type the actors index shows; the rest are on the type's own pages. */
export const INDEX_TOP = 30

/** The pages of every actor of `type`, most covered first (the archive's order). */
export function actorTypePages(actors: readonly ActorEntry[], type: ActorType): PageSlice<ActorEntry>[] {
  return paginate(
    actors.filter((actor) => actor.type === type),
    ACTOR_TYPE_PAGE_SIZE
  )
}

/** One row of `/actors/names.json`: `[id, name, type, articles, key]`. */
export type ActorNameRow = [id: string, name: string, type: ActorType, articleCount: number, key: string]

/**
 * What the quick filter searches, most covered first: per actor, every
 * name it goes by (Arabic aliases, English name) in matching form, one
 * key separated by `|`, so `سلامه` finds `غسان سلامة` and `الامم` the
 * `الأمم المتحدة`.
 */
export function actorNameRows(actors: readonly ActorEntry[]): ActorNameRow[] {
  return actors.map((actor) => {
    const names = new Set([actor.name, ...actor.aliases, ...(actor.nameEn ? [actor.nameEn] : [])].map(normalizeArabic))
    return [actor.id, actor.name, actor.type, actor.articleCount, [...names].join('|')]
  })
}

/** `getStaticPaths` of a type's pages (`src/pages/actors/people/[...page].astro` …). */
export function actorTypePaths(type: ActorType, actors: readonly ActorEntry[]) {
  const pages = actorTypePages(actors, type)
  const total = pages.reduce((sum, slice) => sum + slice.items.length, 0)
  return pages.map((slice) => ({params: {page: pageParam(slice.page)}, props: {type, slice, total, pageSize: ACTOR_TYPE_PAGE_SIZE}}))
}
