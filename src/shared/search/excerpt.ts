import {wordTokens} from './analyze.ts'
import type {WeightedLocation} from './pagefind-api.ts'

/** Words an excerpt shows (Pagefind's default length). */
export const EXCERPT_WORDS = 30

/** An excerpt of a page's original text around its matches. */
export interface Excerpt {
  /** HTML: the original text, escaped, matched words in `<mark>`. */
  html: string
  /** The matched words as the text writes them (`والجيش`, `للجيش`), each once, in text order. */
  words: string[]
}

/** Options of `buildExcerpt`. */
export interface ExcerptOptions {
  /** Words the excerpt shows. Default: `EXCERPT_WORDS`. */
  length?: number
  /**
   * Leading words to leave out when a later word matches too: the
   * headline, which a result shows above its excerpt. Default: 0.
   */
  skip?: number
}

/**
 * The excerpt of `text` where the matches are densest: the window of
 * `length` words with the highest sum of match scores (Pagefind's
 * rule), cut from the original text so the reader sees what the page
 * says, not the index terms. Locations are word positions: location `i`
 * is the `i`th word of `text`. `words` lists every matched word, skipped
 * ones included (the opened page highlights them all).
 */
export function buildExcerpt(text: string, locations: WeightedLocation[], options: ExcerptOptions = {}): Excerpt {
  const length = options.length ?? EXCERPT_WORDS
  const tokens = wordTokens(text)
  const matched = new Set(locations.map((location) => location.location).filter((i) => i < tokens.length))
  const words = [...new Set([...matched].sort((a, b) => a - b).map((i) => tokens[i].text))]
  if (tokens.length === 0) return {html: '', words}
  const skip = options.skip ?? 0
  const laterMatch = locations.some((location) => location.location >= skip && location.location < tokens.length)
  const from = skip > 0 && laterMatch ? skip : 0
  const start = densestWindow(tokens.length, locations, length, from)
  const end = Math.min(tokens.length, start + length)
  // An ellipsis where text is cut; the body's first word after a left-out headline is no cut.
  let html = start > from ? '… ' : ''
  let cursor = tokens[start].start
  for (let i = start; i < end; i++) {
    const token = tokens[i]
    html += escapeHtml(text.slice(cursor, token.start))
    html += matched.has(i) ? `<mark>${escapeHtml(token.text)}</mark>` : escapeHtml(token.text)
    cursor = token.end
  }
  // Keep the punctuation that closes the last word (`الجيش.`), not the next word's opening quote.
  const tail = end < tokens.length ? text.slice(cursor, tokens[end].start).replace(/\s.*$/su, '') : text.slice(cursor)
  html += escapeHtml(tail.trimEnd())
  if (end < tokens.length) html += ' …'
  return {html, words}
}

/** The first word of the `length`-word window, at word `from` or later, with the highest sum of match scores. */
function densestWindow(count: number, locations: WeightedLocation[], length: number, from: number): number {
  if (count - from <= length) return from
  const scores = new Float64Array(count)
  for (const {location, balanced_score: score} of locations) if (location >= from && location < count) scores[location] += score
  let sum = 0
  for (let i = from; i < from + length; i++) sum += scores[i]
  let best = sum
  let bestStart = from
  for (let start = from + 1; start + length <= count; start++) {
    sum += scores[start + length - 1] - scores[start - 1]
    if (sum > best) {
      best = sum
      bestStart = start
    }
  }
  // Start a little before the first match in the window, so it is read in context.
  const first = locations.map((l) => l.location).filter((l) => l >= bestStart && l < bestStart + length)
  const lead = first.length > 0 ? Math.min(...first) - bestStart : 0
  const shift = Math.max(0, Math.min(lead - 3, count - length - bestStart))
  return bestStart + shift
}

/** Escape text for HTML. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}
