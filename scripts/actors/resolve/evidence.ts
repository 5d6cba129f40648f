import type {ActorType} from '../../../src/shared/schemas/actor.ts'
import {normalizeArabic} from '../../../src/shared/arabic/normalize.ts'
import {nameToActorId} from './name-to-actor-id.ts'
import {NOT_NAMES, toNotNameForm} from './not-names.ts'

/**
 * The thresholds of the evidence rule, in one place for tuning once the
 * tagger's confidences are known.
 */
export const EVIDENCE = {
  /** Confidence the best mention of a tagged name needs. */
  minConfidence: 0.8,
  /** Mentions a one-word tagged name needs in the article. */
  minOneWordMentions: 2,
  /** Longest name, in words: longer spans are tagging accidents. */
  maxWords: 5,
  /** Shortest word of a name, in letters. */
  minLetters: 2
}

/** What resolution knows of a name only the tagger found, after merging its mentions in one article. */
export interface TaggedEvidence {
  /** The normalized name, words joined by one space. */
  key: string
  /** The name as written (without proclitics), words joined by one space. */
  name: string
  /** Summed confidence per type over its mentions. */
  typeScores: ReadonlyMap<ActorType, number>
  /** Its mentions' confidences. */
  confidences: readonly number[]
  /** A context rule found at least one of its mentions (`محافظة عمران`, `وزارة الداخلية`). */
  byRule?: boolean
  /** A context vouched for one of its mentions as the tagger typed it (`في الخوخة بمحافظة الحديدة`). */
  byCue?: boolean
}

/**
 * Whether a tagged name is good enough to become a public actor, and as
 * which type; `undefined` when it is not.
 *
 * Reasoning: a page for a verb or a common noun is worse than a missing
 * page, so every condition must hold:
 * 1. it reads as a name: 1 to `maxWords` Arabic words of at least
 *    `minLetters` letters, none of them a function word, reporting verb,
 *    calendar word, title or common noun of news (`NOT_NAMES`), not a lone
 *    nisba adjective (`الليبي`, `كيماوية`), nor a generic head with one
 *    (`المنظمة الدولية`);
 * 2. the tagger is sure of it: its best mention has at least
 *    `minConfidence`;
 * 3. a one-word name is mentioned at least `minOneWordMentions` times
 *    (one-word tags are where verbs and nouns slip in);
 * 4. its type is the one with the highest summed confidence.
 *
 * A name a context rule found (`byRule`) needs only to make an id: the
 * rule's trigger is the evidence, and the rule has checked its words. A
 * name a context vouches for (`byCue`) needs no confidence nor second
 * mention, but must read as a name (1).
 *
 * The rule looks at one article only, so each article's frontmatter stays
 * a function of that article, the registry and the model. How many
 * articles an actor needs for a page is the site build's decision.
 */
export function judgeTaggedName(evidence: TaggedEvidence): ActorType | undefined {
  // A context rule bounds its names and checks their words itself (`match/context-names.ts`).
  if (evidence.byRule) return nameToActorId(evidence.key) === undefined ? undefined : bestType(evidence.typeScores)
  const words = evidence.key.split(' ')
  if (words.length > EVIDENCE.maxWords) return undefined
  if (words.some((word) => word.length < EVIDENCE.minLetters)) return undefined
  if (evidence.name.split(/\s+/).some((word) => NOT_NAMES.has(toNotNameForm(word)))) return undefined
  // A lone nisba is an adjective, unless the tagger is sure of it where a context vouches for it (`جبهة قانية بمحافظة البيضاء`).
  if (words.length === 1 && isNisba(words[0]) && !(evidence.byCue && Math.max(...evidence.confidences) >= EVIDENCE.minConfidence)) return undefined
  if (words.length === 2 && DESCRIPTION_HEADS.has(words[0]) && isNisba(words[1])) return undefined
  if (nameToActorId(evidence.key) === undefined) return undefined
  if (evidence.byCue) return bestType(evidence.typeScores)
  if (Math.max(...evidence.confidences) < EVIDENCE.minConfidence) return undefined
  if (words.length === 1 && evidence.confidences.length < EVIDENCE.minOneWordMentions) return undefined
  return bestType(evidence.typeScores)
}

/** The type with the highest summed score (ties to the first by name). */
function bestType(typeScores: ReadonlyMap<ActorType, number>): ActorType | undefined {
  let best: ActorType | undefined
  for (const [type, score] of [...typeScores].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (best === undefined || score > typeScores.get(best)!) best = type
  }
  return best
}

/**
 * `الليبي`, `الأمريكيه`, `كيماويه` (normalized): an adjective of origin or
 * kind, not a name. A feminine one needs no article to be one.
 */
function isNisba(word: string): boolean {
  return (word.startsWith('ال') && word.endsWith('ي')) || (word.endsWith('يه') && word.length > 4)
}

/**
 * Generic heads that with an adjective describe a body rather than name
 * it (`المنظمة الدولية`, `البنك المركزي`, `المحكمة العليا`): which one, only
 * the context says. Normalized.
 */
const DESCRIPTION_HEADS = new Set(
  ['المنظمة', 'البنك', 'المجلس', 'الحكومة', 'الوزارة', 'الهيئة', 'اللجنة', 'المحكمة', 'الحزب', 'الحركة', 'الجماعة',
    'الجيش', 'القوات', 'الشركة', 'الجامعة', 'الوكالة', 'المؤسسة', 'السلطة', 'السلطات', 'الإدارة', 'الرئاسة', 'الدولة', 'المنطقة', 'العاصمة']
    .map((word) => normalizeArabic(word))
)
