import type {ArticleActor, Quote} from '../../src/shared/schemas/actor.ts'
import {defaultActorIndex, type ActorIndex} from './match/actor-index.ts'
import {abbreviationPairs} from './match/abbreviations.ts'
import {datelineEnd} from './match/dateline.ts'
import {findMentions, type NameTagger} from './match/find-mentions.ts'
import {tokenizeBlock} from './match/tokenized-block.ts'
import {findQuotes, type QuoteBlock} from './quotes/find-quotes.ts'
import {resolveMentions} from './resolve/resolve-mentions.ts'

/** A block of an article's body, as the ingest has it after cleaning. */
export interface BodyBlock {
  text: string
  /** Headings are searched for actors, not for reported speech. */
  heading: boolean
}

export interface ExtractActorsOptions {
  /** Default: the committed registry (`defaultActorIndex()`). */
  index?: ActorIndex
  /** Finds the names the registry lacks (see `taggerToNameTagger`). Default: none, registry names only. */
  tagger?: NameTagger
}

/** What an article's frontmatter gets: its actors and their reported speech. */
export interface ArticleActors {
  actors: ArticleActor[]
  quotes: Quote[]
}

/**
 * Find an article's actors and quotes: mentions per block (registry names,
 * and the tagger's when given), resolved across the article, then reported
 * speech of the resolved actors. A short name in quotes or brackets right
 * after an organization's is that organization (`"سانا"`). The registry places of a leading dateline
 * (`دبي، الإمارات العربية المتحدة (CNN)--`) are actors too, marked
 * `dateline: true` when the rest of the text does not name them: the
 * article was filed there, it is not about them.
 */
export function extractActors(body: BodyBlock[], options: ExtractActorsOptions = {}): ArticleActors {
  const index = options.index ?? defaultActorIndex()
  const blocks = body.map((block) => tokenizeBlock(block.text))
  const spans = options.tagger?.(blocks.map((block) => block.tokens.map((token) => token.text)))
  const mentionsByBlock = blocks.map((block, blockIndex) => findMentions(block, {index, spans: spans?.[blockIndex], heading: body[blockIndex].heading}))
  // A leading dateline's registry places are kept apart: listed, marked, and no part of the text for quotes.
  const dateline = blocks.length > 0 ? datelineEnd(blocks[0]) : 0
  const datelineMentions = dateline > 0 ? mentionsByBlock[0].filter((mention) => mention.start < dateline && mention.actors.length > 0) : []
  if (dateline > 0) mentionsByBlock[0] = mentionsByBlock[0].filter((mention) => mention.start >= dateline)
  const abbreviations = blocks.flatMap((block, blockIndex) => abbreviationPairs(block, mentionsByBlock[blockIndex]))
  const resolved = resolveMentions([...datelineMentions, ...mentionsByBlock.flat()], abbreviations)
  const {actorOf} = resolved
  const inText = new Set(mentionsByBlock.flat().flatMap((mention) => actorOf.get(mention)?.id ?? []))
  const actors = resolved.actors.map((actor) => (inText.has(actor.id) ? actor : {...actor, dateline: true as const}))
  const types = new Map(actors.map((actor) => [actor.id, actor.type]))
  const quoteBlocks: QuoteBlock[] = blocks.map((block, blockIndex) => ({
    block,
    heading: body[blockIndex].heading,
    mentions: mentionsByBlock[blockIndex].flatMap((mention) => {
      const resolved = actorOf.get(mention)
      if (!resolved) return []
      const {id, reading} = resolved
      return [{start: mention.start, end: mention.end, actor: id, type: types.get(id)!, governed: /[بلك]/.test(reading.prefix)}]
    })
  }))
  return {actors, quotes: findQuotes(quoteBlocks)}
}
