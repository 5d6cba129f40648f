import {hashString} from '../actors/tagger/hash.ts'
import {matchingWords} from './story-text.ts'

/** Words that identify a paragraph by its opening: a teaser repeats a lead's opening, maybe cut short after it. */
const OPENING_WORDS = 10

/** Enough of a paragraph to hold its opening words. */
const OPENING_CHARACTERS = 200

/** A dateline before a lead: `دبي، الإمارات العربية المتحدة (CNN)-- `. */
const DATELINE = /^[^\n]{0,80}?\)\s*[-–—]+\s*/

/** A paragraph's opening words with its outlet, hashed; undefined for a paragraph too short to tell. */
export function openingKey(outlet: string | undefined, block: string): string | undefined {
  const words = matchingWords(block.replace(DATELINE, '').slice(0, OPENING_CHARACTERS)).slice(0, OPENING_WORDS)
  return words.length < OPENING_WORDS ? undefined : `${outlet ?? ''}\u0000${hashString(words.join(' '))}`
}

/**
 * Teasers scraping left in articles: some outlets' pages end with the
 * opening paragraphs of their other stories, which a scraper takes for the
 * article's own text (a CNN article on the Quneitra crossing ends with the
 * lead of one on Khashoggi). A block after the first is a teaser when it
 * opens with the same words as the lead of another article of the same
 * outlet (its dateline aside). Text shared across outlets (wire copy) is
 * kept: it is evidence of one story.
 *
 * @param leads opening key of each article's lead → the article's index
 */
export function isTeaser(leads: ReadonlyMap<string, number>, article: number, outlet: string | undefined, block: string, position: number): boolean {
  if (position === 0) return false
  const lead = leads.get(openingKey(outlet, block) ?? '')
  return lead !== undefined && lead !== article
}
