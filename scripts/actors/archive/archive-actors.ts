import type {ArticleActor} from '../../../src/shared/schemas/actor.ts'
import type {ActorIndex} from '../match/actor-index.ts'
import {datelineEnd} from '../match/dateline.ts'
import {matchRegistry} from '../match/match-registry.ts'
import {tokenizeBlock, tokensText} from '../match/tokenized-block.ts'
import {DERIVED_ID_PREFIX} from '../resolve/name-to-actor-id.ts'
import {byMentionsThenId, longestFirst} from '../resolve/resolve-mentions.ts'
import type {FoundName} from './archive-names.ts'

/**
 * The actors an article may gain from the rest of the archive: names that the
 * tagger or a context rule made actors of in other articles (in `index`,
 * see `archiveIndex`), standing here without the words that made them
 * actors there (`الوازعية` alone, after `مديرية الوازعية` elsewhere). An
 * actor's timeline then holds every article that names it.
 *
 * `blocks` are the body's paragraphs and headings; `present` the ids the
 * article has already and the forms its own actors have: a name written
 * as one of those forms is already an actor here (`لوزارة الخارجية`, the
 * short name of `وزارة الخارجية الروسية`), not another. The matcher takes
 * the longest name of the registry or the archive, so a name inside a
 * longer one is not read alone, and a leading dateline is skipped, as in
 * the article's own pass. One mention
 * is enough: the rest of the archive has vouched for the name (where the
 * article's own pass asks a one-word tagged name for two).
 * Each gained actor has `byArchive: true`; sorted like any actor list.
 * Only the names `spreadableIds` keeps are then given.
 */
export function archiveActors(
  blocks: readonly string[],
  present: {ids: ReadonlySet<string>; forms?: ReadonlySet<string>},
  index: ActorIndex
): ArticleActor[] {
  const found = new Map<string, {mentions: number; forms: Set<string>}>()
  blocks.forEach((text, blockIndex) => {
    const block = tokenizeBlock(text)
    const from = blockIndex === 0 ? datelineEnd(block) : 0
    for (const match of matchRegistry(block, index)) {
      const [actor] = match.entry.actors
      if (match.start < from || match.entry.actors.length !== 1 || !actor.id.startsWith(DERIVED_ID_PREFIX) || present.ids.has(actor.id)) continue
      const form = tokensText(block, match.start, match.end)
      if (present.forms?.has(form)) continue
      const gained = found.get(actor.id) ?? {mentions: 0, forms: new Set<string>()}
      gained.mentions++
      gained.forms.add(form)
      found.set(actor.id, gained)
    }
  })
  const actors: ArticleActor[] = []
  for (const [id, {mentions, forms}] of found) {
    const actor = index.byId.get(id)!
    actors.push({id, name: actor.name, type: actor.type, mentions, forms: [...forms].sort(longestFirst), byArchive: true})
  }
  return actors.sort(byMentionsThenId)
}

/** A name the archive pass spreads must be an actor in this share of the articles where it stands, at least. */
const MIN_SHARE = 0.5
/** …and in this many articles by their own context. */
const MIN_OWN_ARTICLES = 2

/**
 * The archive names that may be given to other articles: those their own
 * articles made actors of in most of the articles where they stand
 * (`found`: each article's own tagged actors; `candidates`: what
 * `archiveActors` would give each article). A word that the tagger or a
 * rule once took for a name (`تقع` after `مدينة`, a lone `الرئيس`) stands
 * in hundreds of articles as a common word, so its share is tiny, while
 * `الساحل الغربي` or `وزارة الخارجية` are actors in most articles that
 * name them.
 */
export function spreadableIds(found: Iterable<readonly FoundName[]>, candidates: Iterable<readonly ArticleActor[]>): Set<string> {
  const own = countIds([...found].map((names) => names.map(([id]) => id)))
  const gained = countIds([...candidates].map((actors) => actors.map(({id}) => id)))
  const ids = new Set<string>()
  for (const [id, count] of gained) {
    const ownCount = own.get(id) ?? 0
    if (ownCount >= MIN_OWN_ARTICLES && ownCount / (ownCount + count) >= MIN_SHARE) ids.add(id)
  }
  return ids
}

function countIds(lists: string[][]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const list of lists) for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}
