import {hashString} from '../actors/tagger/hash.ts'
import {shingles, Signatures} from './minhash.ts'
import {readStoryArticle} from './read-story-articles.ts'
import {ContentTerms, matchingWords} from './story-text.ts'
import {isTeaser, openingKey} from './teasers.ts'
import {pushTermCounts, SparseRows, type RawRows} from './term-vectors.ts'

/** Fewer shingles than this is too little text to call two articles copies (a one-line brief). */
const MIN_SHINGLES = 20

/** A title word counts this many times a body word in the whole-text counts: the headline says what the event is. */
const TITLE_WEIGHT = 3

/** Paragraphs after the title that make the lead: where news states its event. */
const LEAD_BLOCKS = 2

/** Numbers of two digits or more that are not years: tolls, counts, sums the same event repeats. */
const NUMBER = /\d{2,}/g
const YEAR = /^(19|20)\d\d$/

/**
 * What a thread gets: a run of the archive's files, where the run starts,
 * and, to leave teasers out (see `isTeaser`), the opening key of every
 * article's lead. Without `leads` every block counts, and the profile
 * tells which blocks could be teasers (`leadKeys`, `openings`).
 */
export interface ShardRequest {
  files: string[]
  first: number
  leads?: Map<string, number>
}

/** The term counts, numbers and signatures of a run of articles, in their order, as plain typed arrays. */
export interface ShardProfile {
  ids: string[]
  times: Float64Array
  /** `''` for none. */
  outlets: string[]
  text: RawRows
  title: RawRows
  lead: RawRows
  actors: RawRows
  numbers: RawRows
  signatures: Uint32Array
  present: Uint8Array
  /** The opening key of each article's lead (`openingKey`). */
  leadKeys: (string | undefined)[]
  /** The hashed opening keys of each article's blocks after the first: a teaser's is some other article's lead key. */
  openings: RawRows
}

/**
 * Read and profile a run of articles one at a time, keeping only numbers:
 * term counts (terms are hashes: the same in every thread), the hashed
 * numbers the text gives, the MinHash signature of the body without its
 * teasers.
 */
export function profileShard({files, first, leads}: ShardRequest): ShardProfile {
  const terms = new ContentTerms()
  const rows = {text: new SparseRows(), title: new SparseRows(), lead: new SparseRows(), actors: new SparseRows(), numbers: new SparseRows(), openings: new SparseRows()}
  const leadKeys: (string | undefined)[] = []
  const signatures = new Signatures(files.length)
  const ids: string[] = []
  const outlets: string[] = []
  const times = new Float64Array(files.length)
  files.forEach((file, index) => {
    const article = readStoryArticle(file)
    ids.push(article.id)
    outlets.push(article.outlet ?? '')
    times[index] = article.time ?? Number.NaN
    leadKeys.push(article.lead === undefined ? undefined : openingKey(article.outlet, article.lead))
    const openings = new Set(article.blocks.slice(1).map((block) => openingKey(article.outlet, block)).filter((key) => key !== undefined).map(hashString))
    rows.openings.push(Uint32Array.from(openings).sort(), new Float32Array(openings.size))
    const own = leads ? article.blocks.filter((block, position) => !isTeaser(leads, first + index, article.outlet, block, position)) : article.blocks
    const blockWords = own.map(matchingWords)
    const titleTerms = terms.numbers(matchingWords(article.title))
    const blockTerms = blockWords.map((words) => terms.numbers(words))
    pushTermCounts(rows.text, [...blockTerms.flat(), ...Array.from({length: TITLE_WEIGHT}, () => titleTerms).flat()])
    pushTermCounts(rows.title, titleTerms)
    pushTermCounts(rows.lead, [...titleTerms, ...blockTerms.slice(0, LEAD_BLOCKS).flat()])
    pushTermCounts(rows.actors, article.actors.flatMap((actor) => Array.from({length: actor.mentions}, () => hashString(actor.id) | 0)))
    const numbers = new Set(own.flatMap((block) => block.match(NUMBER) ?? []).filter((number) => !YEAR.test(number)).map(hashString))
    const sortedNumbers = Uint32Array.from(numbers).sort()
    rows.numbers.push(sortedNumbers, new Float32Array(sortedNumbers.length))
    const set = shingles(blockWords.flat())
    if (set.length >= MIN_SHINGLES) signatures.set(index, set)
  })
  return {
    ids,
    times,
    outlets,
    text: rows.text.raw(),
    title: rows.title.raw(),
    lead: rows.lead.raw(),
    actors: rows.actors.raw(),
    numbers: rows.numbers.raw(),
    signatures: signatures.values,
    present: signatures.present,
    leadKeys,
    openings: rows.openings.raw()
  }
}
