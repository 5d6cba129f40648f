import type {RegistryActor} from '../../../src/shared/schemas/actor.ts'
import {loadRegistry, type Registry} from '../registry/load-registry.ts'
import {namesOf} from '../registry/actor-names.ts'
import {firstWordReadings} from './first-word-readings.ts'
import {tokenize} from '../../../src/shared/arabic/tokenize.ts'
import {nameToTokens} from './name-key.ts'

/**
 * What a registry name leads to: one actor, or, for an ambiguous alias,
 * every actor that lists it (`المالكي`: two people). An ambiguous name
 * counts only for the one of its actors named unambiguously in the article.
 */
export interface NameEntry {
  actors: RegistryActor[]
  /** From `ambiguousAliases`. */
  ambiguous: boolean
}

/** A node of the name trie: one normalized token deeper. */
export interface TrieNode {
  next?: Map<string, TrieNode>
  /** Set when the tokens from the root to here are a whole name. */
  entry?: NameEntry
}

/** A reading of a word as proclitics + the first token of some registry name, and where it leads. */
export interface NameStart {
  /** The proclitics, normalized (`` for none). */
  prefix: string
  /** The first token of the name. */
  stem: string
  node: TrieNode
}

/**
 * The registry made ready for matching: every name and alias as a path of
 * normalized tokens in a trie, so matching costs one Map lookup per token.
 */
export interface ActorIndex {
  actors: RegistryActor[]
  byId: ReadonlyMap<string, RegistryActor>
  /** First token of every name → the rest of the trie. */
  root: ReadonlyMap<string, TrieNode>
  /**
   * Every normalized word that can start a name → its readings that do,
   * whole word first (see `firstWordReadings`): `بطرابلس` → ب + `طرابلس`.
   * Built ahead for the first tokens and each proclitic they can take, so
   * the matcher needs one lookup per token of text.
   */
  starts: ReadonlyMap<string, NameStart[]>
  /** Each normalized name (tokens joined by a space) → its entry; links tagged names to the registry. */
  byKey: ReadonlyMap<string, NameEntry>
  /**
   * The last two or more words of a person's name of three or more words
   * → that person, when only one person's name ends so (`جونغ أون` →
   * Kim Jong-un): a tagged name that is such a tail is that person.
   */
  byTail: ReadonlyMap<string, RegistryActor>
  /**
   * Normalized name tokens the registry spells only with ta marbuta
   * (`جدة`, never `جده`): normalization folds ة into ه, but a text word
   * ending in ه is then another word (`جده` his grandfather, `وجده` he
   * found it), so it does not match them.
   */
  tehMarbutaOnly: ReadonlySet<string>
  /** The actor's own `titles`, as normalized tokens, longest first. */
  titles: ReadonlyMap<RegistryActor, string[][]>
}

/**
 * Whether a normalized word, bare or with proclitics (`وحجه`), is the
 * whole name or an alias of a registry place, ambiguous ones included.
 */
export function isRegistryPlaceWord(index: ActorIndex, word: string): boolean {
  return index.starts.get(word)?.some(({node}) => node.entry?.actors.some((actor) => actor.type === 'place')) ?? false
}

/**
 * Build the index. Names are matched after `normalizeArabic`, so
 * `أمريكا` and `امريكا` are one entry; a name given twice for one actor
 * counts once, and an actor's own name wins over its ambiguous alias.
 *
 * @throws {Error} when a name is an unambiguous name of one actor and a
 *   name of another (the loader reports this with file names first; this
 *   guards other callers).
 */
export function buildActorIndex({actors, notActors}: Registry): ActorIndex {
  const root = new Map<string, TrieNode>()
  const byKey = new Map<string, NameEntry>()
  for (const phrase of notActors) {
    const tokens = nameToTokens(phrase)
    if (tokens.length > 0) insert(root, tokens, {actors: [], ambiguous: false})
  }
  const titles = new Map<RegistryActor, string[][]>()
  const tehMarbuta = new Set<string>()
  const heh = new Set<string>()
  for (const actor of actors) {
    for (const {name, ambiguous} of namesOf(actor)) {
      const tokens = nameToTokens(name)
      tokenize(name).forEach((token, index) => {
        if (token.text.endsWith('ة')) tehMarbuta.add(tokens[index])
        else if (token.text.endsWith('ه')) heh.add(tokens[index])
      })
      if (tokens.length === 0) continue
      const key = tokens.join(' ')
      const existing = byKey.get(key)
      if (!existing) {
        // Inserted after the not-actor phrases: an actor's name wins over one (the loader reports the clash).
        const entry = {actors: [actor], ambiguous}
        byKey.set(key, entry)
        insert(root, tokens, entry)
      } else if (existing.actors.includes(actor)) {
        if (!ambiguous) existing.ambiguous = false
      } else if (ambiguous && existing.ambiguous) {
        existing.actors.push(actor)
      } else {
        throw new Error(`the name \`${name}\` belongs to both \`${existing.actors[0].id}\` and \`${actor.id}\``)
      }
    }
    const actorTitles = actor.titles.map(nameToTokens).filter((tokens) => tokens.length > 0)
    actorTitles.sort((a, b) => b.length - a.length)
    titles.set(actor, actorTitles)
  }
  const tehMarbutaOnly = new Set([...tehMarbuta].filter((token) => !heh.has(token)))
  const byTail = personNameTails(actors, byKey)
  return {actors, byId: new Map(actors.map((actor) => [actor.id, actor])), root, starts: nameStarts(root), byKey, byTail, tehMarbutaOnly, titles}
}

/** See `ActorIndex.byTail`: tails that are no name themselves and belong to one person only. */
function personNameTails(actors: RegistryActor[], byKey: ReadonlyMap<string, NameEntry>): Map<string, RegistryActor> {
  const owners = new Map<string, Set<RegistryActor>>()
  for (const actor of actors) {
    if (actor.type !== 'person') continue
    for (const name of [actor.name, ...actor.aliases]) {
      const tokens = nameToTokens(name)
      for (let start = 1; start <= tokens.length - 2; start++) {
        const tail = tokens.slice(start).join(' ')
        if (!byKey.has(tail)) owners.set(tail, (owners.get(tail) ?? new Set()).add(actor))
      }
    }
  }
  return new Map([...owners].filter(([, actors]) => actors.size === 1).map(([tail, actors]) => [tail, [...actors][0]]))
}

/** Proclitics a name's first word can carry, as `procliticAnalyses` strips them. */
const PROCLITICS = ['و', 'ف'].flatMap((conjunction) => ['', 'ب', 'ل', 'ك'].map((preposition) => conjunction + preposition))
  .concat(['ب', 'ل', 'ك'])
  .filter((prefix) => prefix !== '')

/**
 * The `starts` table: each first token, and each of its forms with
 * proclitics (`لل` + a token without its article too), mapped to the
 * readings `firstWordReadings` gives that lead into the trie.
 */
function nameStarts(root: ReadonlyMap<string, TrieNode>): Map<string, NameStart[]> {
  const words = new Set<string>()
  for (const token of root.keys()) {
    words.add(token)
    for (const prefix of PROCLITICS) {
      words.add(prefix + token)
      if (token.startsWith('ال') && prefix.endsWith('ل')) words.add(`${prefix}ل${token.slice(2)}`)
    }
  }
  const starts = new Map<string, NameStart[]>()
  for (const word of words) {
    const readings = firstWordReadings(word).flatMap(({prefix, stem}) => {
      const node = root.get(stem)
      return node ? [{prefix, stem, node}] : []
    })
    if (readings.length > 0) starts.set(word, readings)
  }
  return starts
}

function insert(root: Map<string, TrieNode>, tokens: string[], entry: NameEntry) {
  let level = root
  let node: TrieNode | undefined
  for (const token of tokens) {
    if (node) level = node.next ??= new Map()
    node = level.get(token)
    if (!node) level.set(token, (node = {}))
  }
  node!.entry = entry
}

let defaultIndex: ActorIndex | undefined

/**
 * The index of the committed registry (`content/actors/`), built on first
 * use and kept, from the registry given to `useRegistry` or else read
 * from disk.
 *
 * @throws {RegistryError} when a registry file is invalid.
 */
export function defaultActorIndex(): ActorIndex {
  defaultIndex ??= buildActorIndex(loadRegistry())
  return defaultIndex
}

/**
 * Make `registry` the one `defaultActorIndex` uses.
 *
 * Reasoning: parsing hundreds of YAML files costs about 0.3 s (the `yaml`
 * parser, not the disk); the ingest reads and validates them once on the
 * main thread and hands the result to each worker instead.
 */
export function useRegistry(registry: Registry): void {
  defaultIndex = buildActorIndex(registry)
}
