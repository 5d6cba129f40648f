import type {PageSlice} from '../pagination.ts'
import {coOccurringActors} from './co-occurring-actors.ts'
import type {SiteArchive} from './load-archive.ts'
import {monthlyCounts} from './monthly-counts.ts'
import {articleDigest, pageKey} from './page-key.ts'
import type {TimelineItem} from './timeline-groups.ts'

/**
 * What one page of an actor's timeline shows: the actor, the page's
 * entries and, on the first page, the month-by-month counts and the
 * actors that appear with it most.
 */
export function actorPage(archive: SiteArchive, id: string, slice: PageSlice<TimelineItem>) {
  const actor = archive.actor(id)!
  const firstPage = slice.page === 1
  return {
    actor,
    slice,
    counts: firstPage ? monthlyCounts(archive.actorArticles(actor.id)) : [],
    companions: firstPage ? coOccurringActors(archive, actor.id) : []
  }
}

/** The page's cache key (`pageKey`): of the other actors, only what the page shows. */
export function actorPageKey({actor, slice, counts, companions}: ReturnType<typeof actorPage>): string {
  const items = slice.items.map(({article, others}) => [articleDigest(article), others.map(articleDigest)])
  return pageKey([actor, slice.page, slice.lastPage, items, counts, companions.map((other) => [other.actor.id, other.actor.name, other.actor.type, other.count])])
}

/**
 * The cache key of an actor's whole-timeline documents
 * (`/actors/<id>.json`, its feed): the actor, every article that names it
 * with its story, and the actors that appear with it.
 */
export function actorDocumentsKey(archive: SiteArchive, id: string): string {
  const articles = archive.actorArticles(id).map((article) => [articleDigest(article), archive.storyOf(article)?.id])
  const companions = coOccurringActors(archive, id).map((other) => [other.actor.id, other.actor.name, other.count])
  return pageKey([archive.actor(id), articles, companions])
}
