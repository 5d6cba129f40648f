import {KIND_META} from '../../src/shared/search/bundle.ts'
import type {PageActor} from './read-page.ts'
import {pageToRecord} from './page-to-record.ts'

/** An actor and how many indexed articles name it. */
export interface ActorSummary extends PageActor {
  articles: number
}

/** A page to index that is not a file of the site. */
export interface SyntheticPage {
  url: string
  /** HTML for Pagefind (`pageToRecord`). */
  content: string
}

/**
 * One search record per actor, for its timeline page `/actors/<id>/`:
 * the actor's name is all its text, as a heading, so a query for the name
 * finds the page and ranks it first (a short page that is all heading).
 * Sorted by id, so the index comes out the same each time.
 */
export function actorRecords(actors: ActorSummary[], indexer: (text: string) => string[]): SyntheticPage[] {
  return actors
    .toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((actor) => ({
      url: `/actors/${actor.id}/`,
      content: pageToRecord(
        {
          blocks: [{tag: 'h1', text: actor.name}],
          meta: {title: actor.name, [KIND_META]: 'actor', actorType: actor.type, articles: String(actor.articles)},
          filters: {},
          sort: {},
          actors: []
        },
        indexer
      )
    }))
}
