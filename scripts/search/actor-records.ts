import {KIND_META} from '../../src/shared/search/bundle.ts'
import {wordTokens} from '../../src/shared/search/analyze.ts'
import type {PageActor, TextBlock} from './read-page.ts'
import {pageToRecord} from './page-to-record.ts'

/** An actor and how many indexed articles name it. */
export interface ActorSummary extends PageActor {
  articles: number
}

/**
 * The actors named by the articles, one each: the name and type most
 * articles give it (ties: the first in Arabic collation, so the outcome
 * does not depend on page order), and how many articles name it.
 */
export function summarizeActors(mentions: PageActor[]): ActorSummary[] {
  const byId = new Map<string, PageActor[]>()
  for (const mention of mentions) {
    const list = byId.get(mention.id)
    if (list) list.push(mention)
    else byId.set(mention.id, [mention])
  }
  return [...byId].map(([id, list]) => ({
    id,
    name: mostFrequent(list.map((mention) => mention.name)),
    type: mostFrequent(list.map((mention) => mention.type)),
    articles: list.length
  }))
}

const collator = new Intl.Collator('ar')

function mostFrequent(values: string[]): string {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || collator.compare(a, b))[0][0]
}

/** A page to index that is not a file of the site. */
export interface SyntheticPage {
  url: string
  /** HTML for Pagefind (`pageToRecord`). */
  content: string
}

/** An actor's other names, from the site's `/actors.json`: its registry aliases and English name. */
export type OtherNames = ReadonlyMap<string, readonly string[]>

/**
 * The other names of each actor in a built site's `/actors.json` (an
 * actor without any is left out).
 */
export function otherNamesFromActorsJson(json: string): OtherNames {
  const {actors} = JSON.parse(json) as {actors: Array<{id: string; nameEn?: string; aliases?: string[]}>}
  const names = new Map<string, string[]>()
  for (const actor of actors) {
    const other = [...(actor.aliases ?? []), ...(actor.nameEn ? [actor.nameEn] : [])]
    if (other.length > 0) names.set(actor.id, other)
  }
  return names
}

/**
 * One search record per actor, for its timeline page `/actors/<id>/`:
 * the actor's name as the top heading, then the words of its other names
 * (`otherNames`) as a lower one, so a query for any of them finds the page
 * and ranks it first (a short page that is all heading, where an article
 * with the words in its headline still has a body). Sorted by id, so the
 * index comes out the same each time.
 */
export function actorRecords(
  actors: ActorSummary[],
  indexer: (text: string) => string[],
  otherNames: OtherNames = new Map()
): SyntheticPage[] {
  return actors
    .toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((actor) => ({
      url: `/actors/${actor.id}/`,
      content: pageToRecord(
        {
          blocks: [
            {tag: 'h1', text: actor.name, weight: nameWeight(actor.articles)},
            ...otherNameBlock(actor, otherNames.get(actor.id) ?? [])
          ],
          meta: {title: actor.name, [KIND_META]: 'actor', actorType: actor.type, articles: String(actor.articles)},
          filters: {},
          sort: {},
          actors: []
        },
        indexer
      )
    }))
}

/**
 * The weight of an actor's name: a heading's 7, plus the decimal log of
 * its article count, at most 10. Of actors a query names alike (`ترامب`:
 * Donald, Melania, Ivanka), the most covered comes first.
 */
function nameWeight(articles: number): number {
  return Math.min(10, 7 + Math.log10(Math.max(1, articles)))
}

/**
 * The words of an actor's other names that its name lacks, each once: a
 * surname in ten aliases (`قوات حفتر`, `ميليشيات حفتر`, …) must not make
 * an organization outrank the person for `حفتر`.
 */
function otherNameBlock(actor: ActorSummary, otherNames: readonly string[]): TextBlock[] {
  const nameWords = new Set(wordTokens(actor.name).map((token) => token.text))
  const words = new Set(otherNames.flatMap((name) => wordTokens(name).map((token) => token.text)))
  const extra = [...words].filter((word) => !nameWords.has(word))
  return extra.length > 0 ? [{tag: 'h2', text: extra.join(' ')}] : []
}
