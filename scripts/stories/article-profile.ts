import {estimatedJaccard, minhash, shingles} from './minhash.ts'
import {articleFiles, readOutletAndLead, readStoryArticle, type StoryArticle} from './read-story-articles.ts'
import {ContentTerms, matchingWords} from './story-text.ts'
import {isTeaser, openingKey} from './teasers.ts'
import {cosine, countTerms, termVectors, TermNumbers, type TermCounts, type TermVector} from './term-vectors.ts'

/** Fewer shingles than this is too little text to call two articles copies (a one-line brief). */
const MIN_SHINGLES = 20

/** A title word counts this many times a body word in the whole-text vector: the headline says what the event is. */
const TITLE_WEIGHT = 3

/** Paragraphs after the title that make the lead: where news states its event. */
const LEAD_BLOCKS = 2

/** Terms kept per vector, and the share of articles above which a term is no evidence (see `termVectors`). */
const VECTOR_OPTIONS = {topTerms: 40, maxDocumentShare: 0.05}

/** What the grouping compares of one article. */
export interface ArticleProfile {
  /** Content terms of title and body, title terms weighted up. */
  text: TermVector
  /** Content terms of the title. */
  title: TermVector
  /** Content terms of the title and first paragraphs. */
  lead: TermVector
  /** The article's actors, weighted by mentions. */
  actors: TermVector
  /** Numbers of two digits or more that are not years: tolls, counts, sums the same event repeats. */
  numbers: Set<string>
  /** MinHash signature of the body's 5-word shingles; undefined for a text too short to compare. */
  signature?: Uint32Array
  time?: number
  outlet?: string
}

/**
 * Read every article of `<content>/articles/` and profile it. Two passes:
 * the first collects each article's lead (to tell teasers, see
 * `isTeaser`), the second reads the articles one at a time and keeps only
 * their numbered terms and signatures, so memory grows with the articles,
 * not with their text. Term weights depend on the whole archive.
 */
export function profileArchive(content: string): {articles: StoryArticle[]; profiles: ArticleProfile[]} {
  const files = articleFiles(content)
  const leads = new Map<string, number>()
  files.forEach((file, index) => {
    const {outlet, lead} = readOutletAndLead(file)
    const key = lead === undefined ? undefined : openingKey(outlet, lead)
    if (key) leads.set(key, index)
  })
  const terms = new ContentTerms()
  const actorNumbers = new TermNumbers()
  const counts: Record<'text' | 'title' | 'lead' | 'actors', TermCounts[]> = {text: [], title: [], lead: [], actors: []}
  const articles: StoryArticle[] = []
  const rest = files.map((file, index) => {
    const {blocks, ...article} = readStoryArticle(file)
    articles.push(article)
    const own = blocks.filter((block, position) => !isTeaser(leads, index, article.outlet, block, position))
    const blockWords = own.map(matchingWords)
    const titleTerms = terms.numbers(matchingWords(article.title))
    const blockTerms = blockWords.map((words) => terms.numbers(words))
    const once = (terms: number[], weight = 1) => terms.map((term) => [term, weight] as const)
    counts.text.push(countTerms([...once(blockTerms.flat()), ...once(titleTerms, TITLE_WEIGHT)]))
    counts.title.push(countTerms(once(titleTerms)))
    counts.lead.push(countTerms(once([...titleTerms, ...blockTerms.slice(0, LEAD_BLOCKS).flat()])))
    counts.actors.push(countTerms(article.actors.map((actor) => [actorNumbers.number(actor.id), actor.mentions])))
    const set = shingles(blockWords.flat())
    return {
      numbers: new Set(own.join(' ').match(/\d{2,}/g)?.filter((number) => !/^(19|20)\d\d$/.test(number))),
      signature: set.length >= MIN_SHINGLES ? minhash(set) : undefined,
      time: article.time,
      outlet: article.outlet
    }
  })
  const vectors = {
    text: termVectors(counts.text, VECTOR_OPTIONS),
    title: termVectors(counts.title, VECTOR_OPTIONS),
    lead: termVectors(counts.lead, VECTOR_OPTIONS),
    actors: termVectors(counts.actors, VECTOR_OPTIONS)
  }
  const profiles = rest.map((profile, index) => ({
    ...profile,
    text: vectors.text[index],
    title: vectors.title[index],
    lead: vectors.lead[index],
    actors: vectors.actors[index]
  }))
  return {articles, profiles}
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

export function pairFeatures(a: ArticleProfile, b: ArticleProfile): PairFeatures {
  let shared = 0
  for (const number of a.numbers) if (b.numbers.has(number)) shared++
  return {
    text: cosine(a.text, b.text),
    title: cosine(a.title, b.title),
    lead: cosine(a.lead, b.lead),
    actors: cosine(a.actors, b.actors),
    numbers: Math.log1p(shared),
    hours: Math.log1p(Math.abs((a.time ?? 0) - (b.time ?? 0)) / 3_600_000),
    sameOutlet: a.outlet !== undefined && a.outlet === b.outlet ? 1 : 0
  }
}

/** Jaccard similarity of the two bodies' shingles, estimated; 0 when either is too short. */
export function copySimilarity(a: ArticleProfile, b: ArticleProfile): number {
  return a.signature && b.signature ? estimatedJaccard(a.signature, b.signature) : 0
}
