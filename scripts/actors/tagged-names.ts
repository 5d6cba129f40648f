import {normalizeArabic} from '../../src/shared/arabic/normalize.ts'
import type {ActorType} from '../../src/shared/schemas/actor.ts'
import type {NameTagger, TaggedSpan} from './match/find-mentions.ts'
import {defaultActorIndex, isRegistryPlaceWord} from './match/actor-index.ts'
import {withContextNames} from './match/with-context-names.ts'
import {gazetteerBit} from './tagger/gazetteer.ts'
import {loadTagger, type EntityType, type Tagger} from './tagger/index.ts'

/** The tagger's entity types as actor types; `MISC` names no actor. */
const ENTITY_TO_ACTOR: Record<EntityType, ActorType | 'other'> = {PERS: 'person', LOC: 'place', ORG: 'organization', MISC: 'other'}

const GIVEN = gazetteerBit('GIVEN')

/**
 * Words of kinship, which the tagger at times runs into a name (`الأمير
 * وليام نجل ولي العهد`, `فيليب زوج الملكة`): they end or precede one,
 * never belong to it. Not `ابن`, `بن`, `بنت`, `أبو`, `أم`: those are parts of names.
 */
const KIN = new Set(
  'نجل نجلة حفيد حفيدة زوج زوجة شقيق شقيقة والد والدة ابنة أرملة طليق طليقة'.split(' ').map((word) => normalizeArabic(word))
)

/**
 * The statistical tagger (`scripts/actors/tagger/`) as the actor stage's
 * `NameTagger`: its entities of each block, with their confidence, types
 * renamed. A person's name whose first word is و and a given name the
 * gazetteer knows, but not itself one (`ومحمد يزبك`, `وجورج بوش`; `وليد` is
 * one), is read after the conjunction. Not ف: `فاسيل` is no ف + `اسيل`.
 * Words of kinship at either end of a person's name are left out (`KIN`).
 */
export function taggerToNameTagger(tagger: Tagger): NameTagger {
  const isGivenName = (word: string) => (tagger.gazetteer.wordTypes(word) & GIVEN) !== 0
  return (blocks) =>
    tagger.entities(blocks).map((entities, block) =>
      entities.flatMap(({start, end, type, confidence}): TaggedSpan[] => {
        const isKin = (index: number) => type === 'PERS' && KIN.has(normalizeArabic(blocks[block][index]))
        while (start < end && isKin(start)) start++
        while (end > start && isKin(end - 1)) end--
        if (start === end) return []
        const first = type === 'PERS' ? normalizeArabic(blocks[block][start]) : ''
        const afterConjunction = first.startsWith('و') && !isGivenName(first) && isGivenName(first.slice(1))
        return [{start, end, type: ENTITY_TO_ACTOR[type], confidence, ...(afterConjunction && {afterConjunction})}]
      })
    )
}

let defaultTagger: NameTagger | undefined

/**
 * The committed model with the registry's names in its gazetteer (and its
 * places for the context rules' lists), loaded
 * on first use and kept (one per worker thread: a tagger caches per-word
 * scores).
 */
export function defaultNameTagger(): NameTagger {
  if (!defaultTagger) {
    const index = defaultActorIndex()
    defaultTagger = withContextNames(taggerToNameTagger(loadTagger({registry: index.actors})), {
      isKnownPlace: (word) => isRegistryPlaceWord(index, word)
    })
  }
  return defaultTagger
}
