import type {ActorType, ArticleActor} from '../../../src/shared/schemas/actor.ts'
import {isContextTrigger} from '../match/context-names.ts'
import type {Mention, NameReading} from '../match/find-mentions.ts'
import {stripLetters} from '../match/strip-letters.ts'
import {judgeTaggedName} from './evidence.ts'
import {DERIVED_ID_PREFIX, nameToActorId} from './name-to-actor-id.ts'

/** Spellings of one word that the matching form keeps apart: `أميركي` and `أمريكي`. */
const SPELLINGS: [RegExp, string][] = [[/اميرك/g, 'امريك']]

/** A normalized name with its words in one spelling, so that `السفارة الأميركية` and `السفارة الأمريكية` are one actor. */
function oneSpelling(key: string): string {
  return SPELLINGS.reduce((text, [spelling, one]) => text.replace(spelling, one), key)
}

/** What a context rule's mention adds to its type's score: more than any number of tagger mentions. */
const RULE_WEIGHT = 100

/** The actors of one article, and which actor each kept mention is. */
export interface Resolution {
  /** Most mentioned first, then by id. */
  actors: ArticleActor[]
  /** The actor of each mention that counts, and how its name was read; mentions left out are absent. */
  actorOf: Map<Mention, {id: string; reading: NameReading}>
}

/** Mentions that resolve to one actor. */
interface Group {
  id: string
  name: string
  type: ActorType
  mentions: Mention[]
}

/**
 * Merge an article's mentions into actors.
 *
 * Registry mentions are their actor; an ambiguous alias counts only when
 * the same actor is also named unambiguously in the article. A name only
 * the tagger found is read without proclitics when the article supports
 * it; a shorter person name that ends exactly one longer person name in
 * the article is that person (`قنونو` after `محمد قنونو`), and so is a
 * one-word name that begins one (`يوليا` beside `يوليا سكريبال`); the rest
 * must pass the evidence rule (`judgeTaggedName`) and get an id from their
 * normalized name (`nameToActorId`).
 *
 * An organization's short name right after its long one (`abbreviations`,
 * see `abbreviationPairs`) is the same organization: the registry's, when
 * one of the two is, else the long name's.
 *
 * Depends on this article's mentions only, so the frontmatter stays a
 * function of the article, the registry and the model.
 */
export function resolveMentions(mentions: Mention[], abbreviations: readonly (readonly [Mention, Mention])[] = []): Resolution {
  const groups = new Map<string, Group>()
  const add = (id: string, init: () => Omit<Group, 'mentions'>, mention: Mention) => {
    let group = groups.get(id)
    if (!group) groups.set(id, (group = {...init(), mentions: []}))
    group.mentions.push(mention)
  }
  const named = new Set(mentions.filter((mention) => !mention.ambiguous).flatMap((mention) => mention.actors.map(({id}) => id)))
  for (const mention of mentions) {
    const actor = registryActorOf(mention, named)
    if (actor) add(actor.id, () => ({id: actor.id, name: actor.name, type: actor.type}), mention)
  }

  const tagged = mentions.filter((mention) => mention.tag)
  const readingOf = chooseReadings(tagged)
  const keyOf = new Map([...readingOf].map(([mention, reading]) => [mention, oneSpelling(reading.key)]))
  const personKeys = personNameKeys(mentions, keyOf)
  const byKey = new Map<string, Mention[]>()
  for (const mention of tagged) {
    const key = keyOf.get(mention)!
    const longer = mention.tag!.type === 'person' ? personKeys.fullNameOf(key) : undefined
    // A one-word place that is a person's surname in the article is no place (`ولاية كلنتون`: his term, after
    // `بيل كلنتون`): a registry person's mention, else left out (its type would outweigh the person's).
    const surnameOf = mention.tag!.type === 'place' && !key.includes(' ') ? personKeys.fullNameOf(key, {surnameOnly: true}) : undefined
    if (surnameOf) {
      if (surnameOf.actor) groups.get(surnameOf.actor)?.mentions.push(mention)
      continue
    }
    if (longer?.actor) {
      // A surname (or shorter name) of a registry person the article names in full.
      groups.get(longer.actor)?.mentions.push(mention)
      continue
    }
    const target = longer?.key ?? key
    byKey.set(target, [...(byKey.get(target) ?? []), mention])
  }
  for (const [key, keyMentions] of byKey) {
    const typeScores = new Map<ActorType, number>()
    const confidences: number[] = []
    let byRule = false
    let byCue = false
    for (const {tag} of keyMentions) {
      // A context rule's type outweighs the tagger's: `ولاية بلاتو` is a place however the tagger reads بلاتو.
      typeScores.set(tag!.type, (typeScores.get(tag!.type) ?? 0) + tag!.confidence + (tag!.rule ? RULE_WEIGHT : 0))
      confidences.push(tag!.confidence)
      byRule ||= tag!.rule !== undefined
      byCue ||= tag!.cue !== undefined
    }
    const name = displayName(keyMentions.filter((mention) => keyOf.get(mention) === key), readingOf)
    const type = judgeTaggedName({key, name, typeScores, confidences, byRule, byCue})
    if (!type) continue
    const id = nameToActorId(key)!
    for (const mention of keyMentions) add(id, () => ({id, name, type}), mention)
  }

  mergeAbbreviations(groups, abbreviations)
  mergeBareBodies(groups, (mention) => oneSpelling((readingOf.get(mention) ?? mention.readings[0]).key))

  const actorOf: Resolution['actorOf'] = new Map()
  const actors: ArticleActor[] = []
  for (const group of groups.values()) {
    for (const mention of group.mentions) actorOf.set(mention, {id: group.id, reading: readingOf.get(mention) ?? mention.readings[0]})
    const forms = [...new Set(group.mentions.map((mention) => mention.form))].sort(longestFirst)
    actors.push({id: group.id, name: group.name, type: group.type, mentions: group.mentions.length, forms})
  }
  actors.sort(byMentionsThenId)
  return {actors, actorOf}
}

/**
 * Merge the group of each abbreviation pair's one name into the other's,
 * or add a name the evidence rule left out to the other's group: the
 * marks vouch for it (see `resolveMentions`).
 */
function mergeAbbreviations(groups: Map<string, Group>, abbreviations: readonly (readonly [Mention, Mention])[]): void {
  const groupOf = (mention: Mention) => [...groups.values()].find((group) => group.mentions.includes(mention))
  const derived = (group: Group) => group.id.startsWith(DERIVED_ID_PREFIX)
  for (const pair of abbreviations) {
    const [long, short] = pair.map(groupOf)
    if (long === short || (long && long.type !== 'organization') || (short && short.type !== 'organization')) continue
    if (!long || !short) {
      const left = long ? pair[1] : pair[0]
      if (left.tag) (long ?? short)!.mentions.push(left)
      continue
    }
    if (!derived(long) && !derived(short)) continue
    const [into, from] = derived(long) && !derived(short) ? [short, long] : [long, short]
    into.mentions.push(...from.mentions)
    groups.delete(from.id)
  }
}

/**
 * A body the tagger or a rule found under a bare name of two words or more
 * (`وزارة الخارجية`, `مجلس النواب`) is the one body of the article whose
 * name is that name qualified (`وزارة الخارجية الإيرانية`, `مجلس النواب
 * العراقي`): news gives the full name once, then the short one. With two
 * such bodies (two countries' ministries) the bare name stays apart.
 */
function mergeBareBodies(groups: Map<string, Group>, keyOf: (mention: Mention) => string): void {
  // Each organization's names, once: a bare name merged into its body adds only a prefix of that body's own.
  const keysOf = new Map([...groups.values()].filter((group) => group.type === 'organization').map((group) => [group, [...new Set(group.mentions.map(keyOf))]]))
  for (const [bare, keys] of keysOf) {
    if (!bare.id.startsWith(DERIVED_ID_PREFIX)) continue
    const prefixes = keys.filter((key) => key.includes(' ')).map((key) => `${key} `)
    if (prefixes.length === 0) continue
    const qualified = [...keysOf].filter(
      ([group, groupKeys]) => group !== bare && groups.has(group.id) && groupKeys.some((key) => prefixes.some((prefix) => key.startsWith(prefix)))
    ).map(([group]) => group)
    if (qualified.length !== 1) continue
    qualified[0].mentions.push(...bare.mentions)
    groups.delete(bare.id)
  }
}

/**
 * The normalized name of each tagged mention. A first word with
 * proclitics is read stripped when the stripped name also stands bare in
 * the article (`وقنونو` beside `قنونو`), or when و, ف, ب or ل stand before
 * the article (`والجيش` → `الجيش`); otherwise it is read whole, since many
 * names begin with a letter that can be a proclitic (`بشار`, `فيصل`,
 * `كاليفورنيا`).
 */
function chooseReadings(tagged: Mention[]): Map<Mention, NameReading> {
  const bare = new Set(tagged.map((mention) => mention.readings[0].key))
  const readingOf = new Map<Mention, NameReading>()
  for (const mention of tagged) {
    const stripped = mention.readings.slice(1)
    // A rule's span starts at its trigger word (`ووزارة الداخلية`): the reading that makes it the trigger is the one.
    const ruled = mention.tag?.rule ? mention.readings.find(({key}) => isContextTrigger(key.split(' ')[0])) : undefined
    // A name of a list of places after its first (`وذمار`): the rule read its و as the conjunction.
    const conjoined = mention.tag?.afterConjunction ? stripped.find(({prefix}) => prefix === 'و') : undefined
    readingOf.set(
      mention,
      ruled ?? conjoined ?? stripped.find(({key}) => bare.has(key)) ?? stripped.find(beforeArticle) ?? mention.readings[0]
    )
  }
  return readingOf
}

/** `و`, `ف`, `ب`, `ل` (not `ك`) before a word with the article and at least three letters of its own. */
function beforeArticle({prefix, key}: NameReading): boolean {
  const word = key.split(' ')[0]
  return !prefix.includes('ك') && word.startsWith('ال') && word.length >= 5
}

/**
 * The registry actor a mention is: its one actor, or for an ambiguous
 * alias the one of its actors that the article names unambiguously
 * (`named`); none when that is not exactly one.
 */
function registryActorOf(mention: Mention, named: ReadonlySet<string>) {
  if (!mention.ambiguous) return mention.actors.length === 1 ? mention.actors[0] : undefined
  const candidates = mention.actors.filter(({id}) => named.has(id))
  return candidates.length === 1 ? candidates[0] : undefined
}

/** The person names of an article, to find the full name a shorter one stands for. */
function personNameKeys(mentions: Mention[], keyOf: Map<Mention, string>) {
  /** Each multi-word person name → who it is: a registry actor's id, or none for a tagged name. */
  const full = new Map<string, {actor?: string}>()
  for (const mention of mentions) {
    const registry = mention.ambiguous ? undefined : mention.actors[0]
    const isPerson = registry ? registry.type === 'person' : mention.tag?.type === 'person'
    if (!isPerson) continue
    const key = keyOf.get(mention) ?? mention.readings[0].key
    if (key.includes(' ') && !full.has(key)) full.set(key, {actor: registry?.id})
  }
  // Only the longest names are merged into, so shorter names never chain
  // (`أون` → `جونغ أون` → `كيم جونغ أون`): each goes to the name it ends.
  for (const key of [...full.keys()]) {
    if ([...full.keys()].some((longer) => longer !== key && longer.endsWith(` ${key}`))) full.delete(key)
  }
  return {
    /**
     * The one longer person name that ends with `key` (a surname), or
     * begins with it when `key` is one word (a first name) and not
     * `surnameOnly`, if exactly one person's does; and its registry actor if any.
     */
    fullNameOf(key: string, {surnameOnly = false} = {}): {key: string; actor?: string} | undefined {
      const oneWord = !key.includes(' ') && !surnameOnly
      let found: {key: string; actor?: string} | undefined
      for (const [longer, {actor}] of full) {
        if (longer === key || !(longer.endsWith(` ${key}`) || (oneWord && longer.startsWith(`${key} `)))) continue
        if (found && (found.actor ?? found.key) !== (actor ?? longer)) return undefined
        found ??= {key: longer, actor}
      }
      return found
    }
  }
}

/** A tagged actor's name as written, without proclitics: the most frequent, then the longest, then by code point. */
function displayName(mentions: Mention[], readingOf: Map<Mention, NameReading>): string {
  const counts = new Map<string, number>()
  for (const mention of mentions) {
    const {prefix} = readingOf.get(mention)!
    // `لل` + a word whose article it swallowed (`للجيش`) shows as the word with its article (`الجيش`).
    const name = prefix.endsWith('لل') ? `ال${stripLetters(mention.name, prefix.length)}` : stripLetters(mention.name, prefix.length)
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return [...counts].sort(([a, m], [b, n]) => n - m || longestFirst(a, b))[0][0]
}

/** The order of an article's actors: most mentioned first, then by id. */
export function byMentionsThenId(a: ArticleActor, b: ArticleActor): number {
  return b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** The order of an actor's forms: longest first, then by code point. */
export function longestFirst(a: string, b: string): number {
  return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)
}
