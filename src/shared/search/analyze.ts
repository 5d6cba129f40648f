import {tokenize, type Token} from '../arabic/tokenize.ts'
import {ANALYZERS, DEFAULT_ANALYZER, type AnalyzerName, type Lexicon} from './analyzers.ts'

/**
 * The words and numbers of a text, punctuation dropped: the units the
 * index counts. Word position `i` of an indexed page is token `i` of its
 * text, which is how a match found on index terms is shown on the page's
 * own words.
 */
export function wordTokens(text: string): Token[] {
  return tokenize(text).filter((token) => token.kind !== 'punctuation')
}

/**
 * Stands in for a word whose term is empty (a lone kashida), so that it
 * still takes its word position: Pagefind counts it and indexes nothing.
 */
const EMPTY = '\u00B7'

/**
 * A function giving the index tokens of a text, one per word or number
 * (`wordTokens`). Each distinct word is analyzed once: an archive repeats
 * its words, and analysis dominates the index build.
 */
export function createIndexer(analyzer: AnalyzerName, lexicon: Lexicon): (text: string) => string[] {
  const {index} = ANALYZERS[analyzer]
  const tokens = new Map<string, string>()
  const tokenOf = (word: string) => {
    let token = tokens.get(word)
    if (token === undefined) tokens.set(word, (token = index(word, lexicon) || EMPTY))
    return token
  }
  return (text) => wordTokens(text).map((token) => tokenOf(token.text))
}

/**
 * A user's query as Pagefind should search it: the term of each word,
 * space-separated (Pagefind finds pages with every term). A query in
 * double quotes stays a phrase (`"…"`), found only as consecutive words.
 * Empty when the query has no word or number.
 */
export function queryToTerms(query: string, analyzer: AnalyzerName = DEFAULT_ANALYZER): string {
  const {query: analyze} = ANALYZERS[analyzer]
  const terms = wordTokens(query)
    .map((token) => analyze(token.text))
    .filter(Boolean)
  if (terms.length === 0) return ''
  const phrase = /^\s*["«“][^]*["»”]\s*$/u.test(query) && terms.length > 1
  return phrase ? `"${terms.join(' ')}"` : terms.join(' ')
}
