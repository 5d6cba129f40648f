import {normalizeArabic} from '../../../src/shared/arabic/normalize.ts'
import type {ActorType, RegistryActor} from '../../../src/shared/schemas/actor.ts'
import type {ActorIndex} from './actor-index.ts'
import {attachTitles} from './attach-titles.ts'
import {allowsAmbiguous, firstWordReadings, type Reading} from './first-word-readings.ts'
import {matchRegistry} from './match-registry.ts'
import {hasTanween} from './name-spelling.ts'
import {EVIDENCE} from '../resolve/evidence.ts'
import {NOT_LIST_NAMES} from './context-names.ts'
import {TITLE_WORDS} from './titles.ts'
import {tokensText, type TokenizedBlock} from './tokenized-block.ts'

/**
 * A name the statistical tagger found: tokens `[start, end)` of the token
 * list it was given, with its type and how sure it is (0 to 1).
 * `other` (ANERcorp's MISC) is never made an actor.
 */
export interface TaggedSpan {
  start: number
  end: number
  type: ActorType | 'other'
  confidence: number
  /** The context rule that found the name (`context-names.ts`): it stands in for a second mention and the tagger's confidence. */
  rule?: string
  /** The rule read the first word's و as a conjunction (`وذمار` in a list of places). */
  afterConjunction?: boolean
  /**
   * A context that vouches for the tagger's name and type (`في الخوخة
   * بمحافظة الحديدة`): it stands in for the tagger's confidence and a second
   * mention, not for the checks that the name is one (unlike `rule`).
   */
  cue?: string
  /** The name is another place than the registry places inside it (`وادي زبيد`, not Zabid): they are no mentions. */
  anotherPlace?: boolean
}

/**
 * The seam for the statistical tagger: given an article's blocks, each as
 * the texts of its tokens (words, numbers and punctuation, as `tokenize`
 * splits them), the names it finds in each block. One call per article, so
 * a tagger can use what it finds in one paragraph in the others.
 * `taggerToNameTagger` adapts the tagger of `scripts/actors/tagger/`.
 */
export type NameTagger = (blocks: readonly (readonly string[])[]) => TaggedSpan[][]

export interface FindMentionsOptions {
  /** The registry, ready for matching. */
  index: ActorIndex
  /** The tagger's names in this block (see `NameTagger`). Default: none (registry names only). */
  spans?: readonly TaggedSpan[]
  /** The block is a heading or the headline (see `vouchForHeadingPlace`). */
  heading?: boolean
}

/** A reading of a mention's name. */
export interface NameReading {
  /** Proclitics on the first word, normalized (`ب` in `بطرابلس`), `` for none. */
  prefix: string
  /** The normalized name without them: `طرابلس`. */
  key: string
}

/** One mention of a (possible) actor in a block. */
export interface Mention {
  /** Tokens `[start, end)` of the whole mention, titles included. */
  start: number
  end: number
  /** First token of the name itself, after any titles. */
  nameStart: number
  /** The mention as written, proclitics and titles included: what the site links. */
  form: string
  /** The name as written, proclitics included, titles not. */
  name: string
  /**
   * The registry actors the name may be: one for a name or alias; for an
   * ambiguous alias, each actor listing it (resolution keeps the one the
   * article also names unambiguously). Empty for a name only the tagger found.
   */
  actors: RegistryActor[]
  /** Matched by an ambiguous alias. */
  ambiguous: boolean
  /** For a name only the tagger found: its type and confidence. */
  tag?: {type: ActorType; confidence: number; rule?: string; afterConjunction?: boolean; cue?: string}
  /**
   * How the name can be read: the proclitics on its first word and the
   * normalized name without them (tokens joined by a space). For a
   * registry match, the one matched; for a tagged name, the whole first
   * word first, then with proclitics stripped. Resolution picks one.
   */
  readings: NameReading[]
}

/**
 * Every mention in a block: registry names (see `matchRegistry`), then the
 * tagger's names (`spans`) that overlap none of them and hold no word with
 * tanween. A tagged name that turns out
 * to be a registry name under some reading of its first word is linked
 * to that actor.
 */
export function findMentions(block: TokenizedBlock, options: FindMentionsOptions): Mention[] {
  const {index} = options
  const mentions: Mention[] = []
  /** Tokens a registry name or not-actor phrase holds: the tagger's names may not overlap them. */
  const taken = new Uint8Array(block.tokens.length)
  let floor = 0
  for (const match of matchRegistry(block, index)) {
    const {actors, ambiguous} = match.entry
    if (actors.length === 0) {
      taken.fill(1, match.start, match.end)
      continue
    }
    // Left free for a rule's longer name (`القنصلية السعودية`); the tagger's span of it alone is dropped below.
    if (isNisbaUse(block, match.start, match.end)) continue
    const person = actors.every((actor) => actor.type === 'person')
    const start = person ? attachTitles(block.normalized, match.start, floor, actors.length === 1 ? index.titles.get(actors[0]) : []) : match.start
    floor = match.end
    taken.fill(1, start, match.end)
    mentions.push({
      start,
      end: match.end,
      nameStart: match.start,
      form: tokensText(block, start, match.end),
      name: tokensText(block, match.start, match.end),
      actors,
      ambiguous,
      readings: [{prefix: match.prefix, key: [match.stem, ...block.normalized.slice(match.start + 1, match.end)].join(' ')}]
    })
  }
  if (options.heading) vouchForHeadingPlace(mentions, block)
  if (options.spans) {
    vouchForAmbiguousPlaces(mentions, options.spans)
    for (const span of options.spans) {
      dropEnclosed(mentions, taken, span)
      dropSurnameOfAnother(mentions, taken, span, block)
    }
    mentions.push(...taggedMentions(block, options.spans, taken, index))
  }
  return mentions.sort((a, b) => a.start - b.start)
}

/**
 * A heading that opens with a place and a colon names that place, the
 * way outlets head the news of a country (`مالي: كيتا يفوز بولاية ثانية`):
 * an ambiguous alias there (`مالي` is also "my money") is the place, as
 * naming it otherwise in the article would make it.
 */
function vouchForHeadingPlace(mentions: Mention[], block: TokenizedBlock): void {
  const [first] = mentions
  if (!first?.ambiguous || first.start !== 0 || block.tokens[first.end]?.text !== ':') return
  const places = first.actors.filter((actor) => actor.type === 'place')
  if (places.length !== 1) return
  first.actors = places
  first.ambiguous = false
}

/**
 * A context rule's place that is exactly an ambiguous alias of one
 * registry place (`عمران` in `محافظات عمران وذمار وحجة`, `مدينة الأقصر`)
 * is that place: the rule's trigger says what the word is, as naming the
 * place otherwise in the article would.
 */
function vouchForAmbiguousPlaces(mentions: Mention[], spans: readonly TaggedSpan[]): void {
  for (const span of spans) {
    if (!span.rule || span.type !== 'place') continue
    const mention = mentions.find((candidate) => candidate.ambiguous && candidate.nameStart === span.start && candidate.end === span.end)
    const places = mention?.actors.filter((actor) => actor.type === 'place') ?? []
    if (mention && places.length === 1) {
      mention.actors = places
      mention.ambiguous = false
    }
  }
}

/**
 * Registry mentions that are words of a longer name a context rule found,
 * not mentions of their own: they are dropped and their tokens freed, so
 * the rule's name is read instead.
 * - Registry places inside a rule's name of another place (`زبيد` in
 *   `وادي زبيد`), after its head.
 * - An ambiguous alias inside any rule's longer name (`صالح` in `بلدة
 *   النبي صالح`): the rule's trigger says what the whole is.
 * - Inside a rule's organization, after its head: a place (`القاهرة` in
 *   `جامعة القاهرة`), or an organization the name goes on past
 *   (`الأمم المتحدة` in `مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية`). One
 *   that ends the name is the organization itself (`حركة حماس`).
 */
function dropEnclosed(mentions: Mention[], taken: Uint8Array, span: TaggedSpan): void {
  if (!span.rule) return
  const anotherPlace = span.anotherPlace === true && taken[span.start] === 0
  for (let at = mentions.length - 1; at >= 0; at--) {
    const {start, end, ambiguous, actors} = mentions[at]
    if (start < span.start || end > span.end) continue
    const placeInPlace = anotherPlace && start > span.start && actors.every((actor) => actor.type === 'place')
    const ambiguousWord = ambiguous && end - start < span.end - span.start
    const partOfOrganization =
      span.type === 'organization' && start > span.start && actors.every((actor) => actor.type === 'place' || (actor.type === 'organization' && end < span.end))
    if (placeInPlace || ambiguousWord || partOfOrganization) {
      mentions.splice(at, 1)
      taken.fill(0, start, end)
    }
  }
}

/**
 * Country names that are also their own feminine nisba: `السعودية` after a
 * definite feminine or plural noun is the adjective "Saudi" (`العاصمة
 * السعودية`, `السلطات السعودية`, `الأنباء السعودية`), which names no actor
 * (the guideline), not the country; after a masculine one it is the
 * country (`زار الوزير السعودية`).
 */
const NISBA_NAMES = new Set(['السعودية'].map((name) => normalizeArabic(name)))
/** Broken plurals an adjective agrees with in the feminine. */
const BROKEN_PLURALS = new Set(['الأنباء', 'الأراضي', 'المدن', 'الحدود', 'الدول'].map((word) => normalizeArabic(word)))

/** Whether tokens `[start, end)` are such a name used as an adjective: one bare word right after a definite feminine or plural noun. */
function isNisbaUse(block: TokenizedBlock, start: number, end: number): boolean {
  if (end - start !== 1 || !NISBA_NAMES.has(block.normalized[start]) || start === 0) return false
  const before = block.normalized[start - 1].replace(/^[وفبل]+(?=ال)/, '')
  return before.startsWith('ال') && (/(ه|ات)$/.test(before) || BROKEN_PLURALS.has(before))
}

/**
 * A registry person's one-word name that ends a longer person's name the
 * tagger is sure of (`المدون وائل عباس`: `عباس` is an alias of Mahmoud
 * Abbas) is no mention of them: the longer name is another person's
 * (`علاء مبارك`), read instead. Not when the first name is the registry
 * person's own, however spelled (`فلورنس بارلي`, `ستيف منوتشين`), nor when
 * a word before it is a registry name too (`قمة بوتين ترامب`), a title, a
 * word of kinship or one the rules know is no name (`نجل البغدادي`).
 */
function dropSurnameOfAnother(mentions: Mention[], taken: Uint8Array, span: TaggedSpan, block: TokenizedBlock): void {
  if (span.rule || span.type !== 'person' || span.confidence < EVIDENCE.minConfidence) return
  const at = mentions.findIndex(({start, end, actors}) => end === span.end && end - start === 1 && start > span.start && actors.length > 0 && actors.every((actor) => actor.type === 'person'))
  if (at === -1) return
  const {start, end, actors} = mentions[at]
  for (let word = span.start; word < start; word++) {
    const normalized = block.normalized[word]
    const plain = normalized.replace(/^[وف]/, '')
    if (taken[word] || block.tokens[word].kind !== 'word' || [normalized, plain].some((form) => TITLE_WORDS.has(form) || NOT_LIST_NAMES.has(form) || KIN.has(form))) return
  }
  const first = block.normalized[span.start]
  if (actors.some((actor) => firstNamesOf(actor).some((own) => sameSkeleton(own, first) || sameSkeleton(own, first.replace(/^[وف]/, ''))))) return
  mentions.splice(at, 1)
  taken.fill(0, start, end)
}

/**
 * Nouns before a surname that make it no first name's: kin, a faction, what
 * is named after the person (`نجل البغدادي`, `جناح شريف`, `برج ترمب`, `محامي ترمب`).
 */
const KIN = new Set(
  'نجل نجلة ابن ابنة بنت زوجة زوج شقيق شقيقة أخ أخت والد والدة عائلة أسرة آل جناح عهد نظام حكومة إدارة برج فندق سلف خلف محامي طراز'
    .split(' ')
    .map((word) => normalizeArabic(word))
)

const firstNames = new WeakMap<RegistryActor, string[]>()

/** The first words of a registry person's names of two words or more, normalized. */
function firstNamesOf(actor: RegistryActor): string[] {
  let names = firstNames.get(actor)
  if (!names) {
    names = [actor.name, ...actor.aliases].map((name) => normalizeArabic(name).split(' ')).filter((words) => words.length > 1).map((words) => words[0])
    firstNames.set(actor, names)
  }
  return names
}

/**
 * Whether two words may be spellings of one name: their consonants agree,
 * one's may run on (`فلورانس`/`فلورنس`, `ستيف`/`ستيفن`), letters that
 * transliterate one sound taken as one (`جاريد`/`غاريد`, `أنطونيو`/`أنتونيو`).
 * Lenient on purpose: a match keeps the registry's reading.
 */
function sameSkeleton(a: string, b: string): boolean {
  const consonants = (word: string) =>
    word
      .replace(/[اويىءأإآؤئ]/g, '')
      .replace(/[غقكح]/g, 'ج')
      .replace(/ط/g, 'ت')
      .replace(/[صث]/g, 'س')
      .replace(/[ذظضز]/g, 'د')
  const [x, y] = [consonants(a), consonants(b)]
  // A skeleton of one letter or none says nothing (`أيوب`): then only the spellings themselves.
  if (Math.min(x.length, y.length) < 2) return a === b
  return x.startsWith(y) || y.startsWith(x)
}

function taggedMentions(block: TokenizedBlock, spans: readonly TaggedSpan[], taken: Uint8Array, index: ActorIndex): Mention[] {
  const {tokens, normalized} = block
  const mentions: Mention[] = []
  for (const span of spans.toSorted((a, b) => a.start - b.start)) {
    if (span.type === 'other') continue
    let nameStart = Math.max(0, span.start)
    let end = Math.min(tokens.length, span.end)
    // The tagger may take titles or punctuation into the span: the name is the words after them.
    while (nameStart < end && (tokens[nameStart].kind !== 'word' || TITLE_WORDS.has(normalized[nameStart]))) nameStart++
    while (end > nameStart && tokens[end - 1].kind !== 'word') end--
    // A site's name may hold a registry place (`ميناء الحديدة`): both are mentions, the registry's stays.
    const enclosesRegistryNames = span.rule === 'site' && taken[nameStart] === 0
    // Nor is a site's name cut inside a registry name (`مطار بيونغ` of `مطار بيونغ يانغ`).
    const cutsRegistryName = end < tokens.length && taken[end - 1] === 1 && taken[end] === 1
    if (nameStart >= end || (!enclosesRegistryNames && taken.subarray(nameStart, end).includes(1)) || cutsRegistryName || hasTanween(block, nameStart, end)) continue
    if (!span.rule && isNisbaUse(block, nameStart, end)) continue
    const start = span.type === 'person' ? attachTitles(normalized, nameStart, lastTaken(taken, nameStart)) : nameStart
    const rest = normalized.slice(nameStart + 1, end)
    const readings = firstWordReadings(normalized[nameStart])
    // No ta marbuta guard here (unlike `matchRegistry`): the tagger's context vouches for `جده` as a place.
    const linked = linkToRegistry(readings, rest, index)
    taken.fill(1, start, end)
    mentions.push({
      start,
      end,
      nameStart,
      form: tokensText(block, start, end),
      name: tokensText(block, nameStart, end),
      actors: linked?.actors ?? [],
      ambiguous: linked?.ambiguous ?? false,
      tag: linked ? undefined : {type: span.type, confidence: span.confidence, rule: span.rule, afterConjunction: span.afterConjunction, cue: span.cue},
      readings: linked ? [linked.reading] : readings.map(({prefix, stem}) => ({prefix, key: [stem, ...rest].join(' ')}))
    })
  }
  return mentions
}

/**
 * The first reading of a tagged name that is a registry name, or the tail
 * of one person's name (`ActorIndex.byTail`), if any.
 */
function linkToRegistry(readings: Reading[], rest: string[], index: ActorIndex) {
  for (const reading of readings) {
    const key = [reading.stem, ...rest].join(' ')
    const entry = index.byKey.get(key)
    if (entry && (!entry.ambiguous || allowsAmbiguous(reading.prefix))) return {...entry, reading: {prefix: reading.prefix, key}}
    const person = index.byTail.get(key)
    if (person) return {actors: [person], ambiguous: false, reading: {prefix: reading.prefix, key}}
  }
  return undefined
}

/** The index after the last taken token before `position` (0 if none). */
function lastTaken(taken: Uint8Array, position: number): number {
  for (let i = position - 1; i >= 0; i--) if (taken[i]) return i + 1
  return 0
}
