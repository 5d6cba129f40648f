import {hashString} from '../actors/tagger/hash.ts'
import {shingles, Signatures} from './minhash.ts'
import {articleFiles, readOutletAndLead, readStoryArticle} from './read-story-articles.ts'
import {ContentTerms, matchingWords} from './story-text.ts'
import {isTeaser, openingKey} from './teasers.ts'
import {cosine, pushTermCounts, SparseRows, termVectors, TermNumbers} from './term-vectors.ts'

/** Fewer shingles than this is too little text to call two articles copies (a one-line brief). */
const MIN_SHINGLES = 20

/** A title word counts this many times a body word in the whole-text vector: the headline says what the event is. */
const TITLE_WEIGHT = 3

/** Paragraphs after the title that make the lead: where news states its event. */
const LEAD_BLOCKS = 2

/** Terms kept per vector, and the share of articles above which a term is no evidence (see `termVectors`). */
const VECTOR_OPTIONS = {topTerms: 40, maxDocumentShare: 0.05}

/** Numbers of two digits or more that are not years: tolls, counts, sums the same event repeats. */
const NUMBER = /\d{2,}/g
const YEAR = /^(19|20)\d\d$/

/**
 * What the grouping compares of every article, column by column (row `i`
 * of each is article `i`): TF-IDF vectors of the whole text (title terms
 * weighted up), the title, the lead (title and first paragraphs) and the
 * actors; the numbers it gives (hashed); the MinHash signature of its
 * body; its time and outlet.
 */
export interface ArchiveProfiles {
  ids: string[]
  /** Milliseconds since the epoch; `NaN` when undated. */
  times: Float64Array
  /** A number per outlet (`-1`: none). */
  outlets: Int32Array
  text: SparseRows
  title: SparseRows
  lead: SparseRows
  actors: SparseRows
  numbers: SparseRows
  signatures: Signatures
}

/**
 * Read every article of `<content>/articles/` and profile it. Two passes:
 * the first collects each article's lead (to tell teasers, see
 * `isTeaser`), the second reads the articles one at a time and keeps only
 * numbers, so memory grows with the articles, not with their text.
 */
export function profileArchive(content: string): ArchiveProfiles {
  const files = articleFiles(content)
  const leads = new Map<string, number>()
  files.forEach((file, index) => {
    const {outlet, lead} = readOutletAndLead(file)
    const key = lead === undefined ? undefined : openingKey(outlet, lead)
    if (key) leads.set(key, index)
  })
  const terms = new ContentTerms()
  const actorNumbers = new TermNumbers()
  const outletNumbers = new TermNumbers()
  const counts = {text: new SparseRows(), title: new SparseRows(), lead: new SparseRows(), actors: new SparseRows()}
  const profiles: ArchiveProfiles = {
    ids: [],
    times: new Float64Array(files.length),
    outlets: new Int32Array(files.length),
    text: counts.text,
    title: counts.title,
    lead: counts.lead,
    actors: counts.actors,
    numbers: new SparseRows(),
    signatures: new Signatures(files.length)
  }
  files.forEach((file, index) => {
    const article = readStoryArticle(file)
    profiles.ids.push(article.id)
    profiles.times[index] = article.time ?? Number.NaN
    profiles.outlets[index] = article.outlet === undefined ? -1 : outletNumbers.number(article.outlet)
    const own = article.blocks.filter((block, position) => !isTeaser(leads, index, article.outlet, block, position))
    const blockWords = own.map(matchingWords)
    const titleTerms = terms.numbers(matchingWords(article.title))
    const blockTerms = blockWords.map((words) => terms.numbers(words))
    pushTermCounts(counts.text, [...blockTerms.flat(), ...Array.from({length: TITLE_WEIGHT}, () => titleTerms).flat()])
    pushTermCounts(counts.title, titleTerms)
    pushTermCounts(counts.lead, [...titleTerms, ...blockTerms.slice(0, LEAD_BLOCKS).flat()])
    pushTermCounts(counts.actors, article.actors.flatMap((actor) => Array.from({length: actor.mentions}, () => actorNumbers.number(actor.id))))
    const numbers = new Set(own.flatMap((block) => block.match(NUMBER) ?? []).filter((number) => !YEAR.test(number)).map(hashString))
    const sortedNumbers = Uint32Array.from(numbers).sort()
    profiles.numbers.push(sortedNumbers, new Float32Array(sortedNumbers.length))
    const set = shingles(blockWords.flat())
    if (set.length >= MIN_SHINGLES) profiles.signatures.set(index, set)
  })
  for (const kind of ['text', 'title', 'lead', 'actors'] as const) profiles[kind] = termVectors(counts[kind], VECTOR_OPTIONS)
  return profiles
}

/** How two articles compare, as the pair model reads it. */
export interface PairFeatures {
  text: number
  title: number
  lead: number
  actors: number
  /** log(1 + numbers both give). */
  numbers: number
  /** log(1 + hours between them). */
  hours: number
  /** 1 when one outlet published both: an outlet rarely reports one event twice in different words. */
  sameOutlet: number
}

export function pairFeatures(profiles: ArchiveProfiles, a: number, b: number): PairFeatures {
  const {numbers} = profiles
  let shared = 0
  for (let i = numbers.start(a), j = numbers.start(b); i < numbers.end(a) && j < numbers.end(b); ) {
    const [x, y] = [numbers.keys[i] >>> 0, numbers.keys[j] >>> 0]
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  const hours = Math.abs(profiles.times[a] - profiles.times[b]) / 3_600_000
  return {
    text: cosine(profiles.text, a, b),
    title: cosine(profiles.title, a, b),
    lead: cosine(profiles.lead, a, b),
    actors: cosine(profiles.actors, a, b),
    numbers: Math.log1p(shared),
    hours: Math.log1p(Number.isNaN(hours) ? 0 : hours),
    sameOutlet: profiles.outlets[a] !== -1 && profiles.outlets[a] === profiles.outlets[b] ? 1 : 0
  }
}
