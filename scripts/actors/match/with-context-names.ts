import {normalizeArabic} from '../../../src/shared/arabic/normalize.ts'
import {bare, findContextNames, NOT_LIST_NAMES, type ContextSpan, ORGANIZATION_BEFORE, PLACE_BEFORE, UNITS_NAMED_AFTER, type ContextNamesOptions} from './context-names.ts'
import type {NameTagger, TaggedSpan} from './find-mentions.ts'
import {TITLE_WORDS} from './titles.ts'

/**
 * A tagger whose spans the context rules complete: a rule's span replaces
 * the tagger's spans it overlaps, a tagger span right after `فصيل`/`صحيفة`
 * is an organization, a person's right after `جيش`/`لواء` the unit named
 * after them, and a context that vouches for a tagger's name gives it a
 * cue (a place "in the province of …" or beside a registry place, a
 * person after a role).
 */
export function withContextNames(tagger: NameTagger, options: ContextNamesOptions = {}): NameTagger {
  const isKnownPlace = options.isKnownPlace ?? (() => false)
  return (blocks) =>
    tagger(blocks).map((tagged, blockIndex) => {
      const tokens = blocks[blockIndex]
      const ruled: TaggedSpan[] = findContextNames(tokens, options)
        .flatMap((span) => (span.unconfirmed ? confirmedSite(span, tagged, tokens, isKnownPlace) : [span]))
        .map(({start, end, type, rule, afterConjunction, anotherPlace}) => ({
        start,
        end,
        type,
        confidence: 1,
        rule,
        ...(afterConjunction && {afterConjunction}),
        ...(anotherPlace && {anotherPlace})
      }))
      const kept = tagged
        .filter((span) => !ruled.some((rule) => span.start < rule.end && rule.start < span.end))
        .map((span) => (span.start > 0 && ORGANIZATION_BEFORE.has(bare(normalizeArabic(tokens[span.start - 1]))) ? {...span, type: 'organization' as const} : span))
        .map((span) => (span.type === 'person' && span.start > 0 && UNITS_NAMED_AFTER.has(bare(normalizeArabic(tokens[span.start - 1]))) ? unit(span) : span))
        .map((span) => (span.type === 'place' && !span.rule ? withPlaceCue(span, tokens, isKnownPlace) : span))
        .map((span) => (span.type === 'person' && !span.rule && afterRole(tokens, span.start, span.end) ? {...span, cue: 'after-role'} : span))
      return [...kept, ...ruled].sort((a, b) => a.start - b.start)
    })
}

/**
 * A site whose head as often heads a common noun (see `unconfirmed`), kept
 * when its name is a registry place (`مستشفى عفرين`) or in the tagger's
 * name, and then as long as that name (`ملعب بارك دي برانس`) short of
 * the adjectives after it (`قاعدة حميميم الجوية` is `قاعدة حميميم`, as
 * other articles name it). Not a place after a preposition or و
 * (`مستشفى بباريس`, `مستشفى بالولايات المتحدة`: a hospital in them).
 */
function confirmedSite(span: ContextSpan, tagged: readonly TaggedSpan[], tokens: readonly string[], isKnownPlace: (word: string) => boolean): ContextSpan[] {
  const word = normalizeArabic(tokens[span.start + 1])
  if (/^(و|بال|لل|كال)/.test(word) || (/^[فبلك]/.test(word) && isKnownPlace(word.slice(1)))) return []
  const name = tagged.find((name) => name.start <= span.start + 1 && span.start + 1 < name.end)
  if (!name) return isKnownPlace(word) ? [span] : []
  let end = Math.max(span.end, name.end)
  while (end > span.start + 2 && isDefiniteAdjective(normalizeArabic(tokens[end - 1]))) end--
  return [{...span, end}]
}

/** `الجويه`, `العسكري`, `المشتركه` (normalized): a definite adjective after a site's name. */
function isDefiniteAdjective(word: string): boolean {
  return word.startsWith('ال') && word.length > 4 && /(ي|يه|ركه)$/.test(word)
}

/** A unit named after the person the tagger found: the head and the name, an organization (`جيش خالد بن الوليد`). */
function unit(span: TaggedSpan): TaggedSpan {
  return {...span, start: span.start - 1, type: 'organization', rule: 'organization-head'}
}

/** Heads of a person's role (`وزير الدفاع`, `نائب رئيس الوزراء الصيني`, `النائبة الديمقراطية`). */
const ROLE_HEADS = new Set('وزير وزيرة رئيس رئيسة نائب نائبة النائب النائبة قائد مدير مديرة سفير سفيرة زعيم زعيمة الأمين أمين مستشار مستشارة مبعوث مبعوثة المبعوث حاكم محافظ عمدة عضو عضوة'.split(' ').map((word) => normalizeArabic(word)))
/** Most definite words between a role's head and the name (`نائب رئيس الوزراء الصيني`). */
const MAX_ROLE_WORDS = 4

/**
 * Whether the tagger's name `[start, end)` of two words or more follows a
 * role: a role's head or a title, then at most four definite words
 * (`وزير الدفاع جيمس ماتيس`, `السيناتور الجمهوري جيف فليك`). Such a name is
 * a person's, however unsure the tagger is, unless the tagger's span
 * begins with a definite word (`المؤسس عبدالعزيز`) or holds a word the
 * rules know is none of a name.
 */
function afterRole(tokens: readonly string[], start: number, end: number): boolean {
  const words = tokens.slice(start, end).map((token) => normalizeArabic(token))
  if (words.length < 2 || words[0].startsWith('ال') || words.some((word) => NOT_LIST_NAMES.has(word))) return false
  let at = start - 1
  for (; at >= 0 && start - at <= MAX_ROLE_WORDS; at--) {
    const word = bare(normalizeArabic(tokens[at]))
    if (!word.startsWith('ال')) break
    if (TITLE_WORDS.has(word) || ROLE_HEADS.has(word)) return true
  }
  const head = at >= 0 ? normalizeArabic(tokens[at]) : ''
  // With or without a conjunction (`ووزير`, but `وزير` is no و + `زير`).
  return [head, head.replace(/^[وف]/, '')].some((word) => ROLE_HEADS.has(word) || TITLE_WORDS.has(word))
}

/** A tagger's place with the cue its context gives, if any: "in the province of …", or beside a known place. */
function withPlaceCue(span: TaggedSpan, tokens: readonly string[], isKnownPlace: (word: string) => boolean): TaggedSpan {
  if (inDivision(tokens, span.start, span.end)) return {...span, cue: 'in-division'}
  const beside = besideKnownPlace(tokens, span.start, span.end, isKnownPlace)
  // After a known place, a first و is the conjunction (`القاهرة وطنطا`).
  if (beside) return {...span, cue: 'beside-place', ...(beside === 'after' && {afterConjunction: true})}
  return span
}

/**
 * Whether a one-word name is joined by و to a place the registry knows
 * (`في دزفول والأهواز`, `بين طهران وكازرون`): names joined so are of one
 * kind. Not a word the rules know is no place's (`في سوريا والمنطقة`).
 */
function besideKnownPlace(tokens: readonly string[], start: number, end: number, isKnownPlace: (word: string) => boolean): 'before' | 'after' | undefined {
  const word = normalizeArabic(tokens[start])
  if (end - start !== 1 || NOT_LIST_NAMES.has(word) || NOT_LIST_NAMES.has(word.slice(1))) return undefined
  // The registry's own place after a letter it does not read off (`كمصر`), and a word with a pronoun (`جنوبه`, `دولنا`).
  if (isKnownPlace(word) || (/^[وفبلك]/.test(word) && isKnownPlace(word.slice(1))) || PRONOUN_SUFFIX.test(tokens[start])) return undefined
  const next = normalizeArabic(tokens[end] ?? '')
  const previous = normalizeArabic(tokens[start - 1] ?? '')
  if (word.startsWith('و')) return previous !== '' && isKnownPlace(previous) ? 'after' : undefined
  // Not after و itself: whether the و is the name's (`ويستمنستر`) or a list's, only a known place before it tells.
  return next.startsWith('و') && next.length > 3 && isKnownPlace(next) ? 'before' : undefined
}

/** Pronoun suffixes as written (ـه, not ة): no place's name ends so. */
const PRONOUN_SUFFIX = /(ه|ها|هم|هما|كم|[تل]نا)$/u

/**
 * Whether the tokens from `end` say "in the province of …" (`بمحافظة`,
 * `في مديرية`): a place the tagger found right before them
 * (`في الخوخة بمحافظة الحديدة`) is one, however unsure the tagger was,
 * unless a word of it is one the rules know is no place's (`حي سكني في مدينة`).
 */
function inDivision(tokens: readonly string[], start: number, end: number): boolean {
  if (tokens.slice(start, end).some((token) => NOT_LIST_NAMES.has(normalizeArabic(token)))) return false
  const next = normalizeArabic(tokens[end] ?? '')
  if (next === 'في') return PLACE_BEFORE.has(normalizeArabic(tokens[end + 1] ?? ''))
  return next.startsWith('ب') && PLACE_BEFORE.has(next.slice(1))
}
