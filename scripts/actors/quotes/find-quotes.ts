import type {ActorType, Quote} from '../../../src/shared/schemas/actor.ts'
import {stripLetters} from '../match/strip-letters.ts'
import {tokensText, type TokenizedBlock} from '../match/tokenized-block.ts'
import {
  COMPLEMENTIZERS,
  CONNECTIVES,
  CONTINUING_PARTICIPLES,
  NOT_SUBJECTS,
  QUOTE_MARKS,
  REPORTING_VERBS,
  SENTENCE_ENDS
} from './speech-words.ts'

/** An actor's mention in a block, as quote finding needs it. */
export interface SpeakerMention {
  /** Tokens `[start, end)`, titles included. */
  start: number
  end: number
  actor: string
  type: ActorType
  /** Whether the name's first word carries a preposition (`لروسيا`, `بطرابلس`): then it is no subject. */
  governed: boolean
}

/** A block of the body with its resolved actor mentions, in text order. */
export interface QuoteBlock {
  block: TokenizedBlock
  /** Headings hold no reported speech. */
  heading: boolean
  mentions: SpeakerMention[]
}

/** Tokens between a reporting verb and the words it reports (`في بيان`, a speaker with titles). */
const MAX_GAP = 14
/** Tokens between a participle (`قائلا`) and the words it reports. */
const MAX_PARTICIPLE_GAP = 2
/** Fewest words a quote holds. */
const MIN_WORDS = 2

/** The last reporting verb seen: who spoke (`null`: someone who is not an actor) and in which block. */
interface LastSpeech {
  speaker: string | null
  block: number
}

/**
 * Reported speech of the article's actors, in text order.
 *
 * A reporting verb (`قال`، `أضاف`، `أكد` …, see `REPORTING_VERBS`) opens
 * a quote when, within `MAX_GAP` tokens and before the sentence ends, it
 * reaches the words reported: a quotation (`"…"`, `«…»`), a clause after
 * `إن`/`أن`/`بأن`, or words after a colon. Its speaker is:
 * - the actor named right after the verb (`وأضاف بومبيو`, `وقالت روسيا`);
 * - else the first person named before the reported words
 *   (`وقال وزير الخارجية الأميركي مايك بومبيو في بيان إن …`);
 * - else an organization after `باسم` (`قال المتحدث باسم الخارجية الروسية`);
 * - else, when the verb has no subject after it and opens its sentence
 *   (`وأضاف أن …`, `وأضاف في بيان …`), the previous verb's speaker, in the
 *   same or the previous paragraph; a verb after other words has its
 *   subject before it (`بومبيو قال إن …`), an actor only if named right
 *   before the verb.
 * A subject that is not an actor (`وقال مصدر دبلوماسي`) gives no quote, and
 * is the speaker later subjectless verbs continue. `قائلا`, `مضيفا` …
 * continue the speaker of their own paragraph.
 */
export function findQuotes(blocks: QuoteBlock[]): Quote[] {
  const quotes: Quote[] = []
  let last: LastSpeech | undefined
  blocks.forEach(({block, heading, mentions}, blockIndex) => {
    if (heading) return
    const {tokens, normalized} = block
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].kind !== 'word') continue
      const verb = reportingWord(normalized[i])
      if (!verb) continue
      const participle = verb.participle
      const speech = reportedWords(block, i + 1, participle ? MAX_PARTICIPLE_GAP : MAX_GAP)
      let speaker: string | null | undefined
      if (participle) {
        speaker = last?.block === blockIndex ? last.speaker : undefined
      } else {
        speaker = speakerOf(block, mentions, i, speech?.marker ?? Math.min(tokens.length, i + 1 + MAX_GAP))
        if (speaker === undefined) speaker = last && last.block >= blockIndex - 1 ? last.speaker : undefined
        last = {speaker: speaker ?? null, block: blockIndex}
      }
      if (speaker && speech && speech.words >= MIN_WORDS) {
        quotes.push({actor: speaker, verb: stripLetters(tokens[i].text, verb.conjunction ? 1 : 0), text: speech.text})
      }
      // Verbs inside a quotation belong to the quoted words, not to the article.
      if (speech?.quoted) i = speech.end
    }
  })
  return quotes
}

/** Whether a normalized word is a reporting verb or participle, with or without و/ف. */
function reportingWord(word: string): {participle: boolean; conjunction: boolean} | undefined {
  for (const conjunction of [false, true]) {
    if (conjunction && !(word.startsWith('و') || word.startsWith('ف'))) continue
    const bare = conjunction ? word.slice(1) : word
    if (REPORTING_VERBS.has(bare)) return {participle: false, conjunction}
    if (CONTINUING_PARTICIPLES.has(bare)) return {participle: true, conjunction}
  }
  return undefined
}

/**
 * The speaker of the verb at `verb`, looking at the actors named before
 * the reported words (token `limit`): an actor id, `null` for a subject
 * that is no actor, `undefined` when the verb has no subject.
 */
function speakerOf(block: TokenizedBlock, mentions: SpeakerMention[], verb: number, limit: number): string | null | undefined {
  const {tokens, normalized} = block
  const next = verb + 1
  const window = mentions.filter((mention) => mention.start > verb && mention.start < limit && !mention.governed)
  const first = window.find((mention) => mention.start === next)
  if (first) return first.actor
  if (next >= limit || tokens[next].kind !== 'word' || NOT_SUBJECTS.has(normalized[next])) {
    // No subject after the verb: it continues the previous speaker only when it opens its sentence
    // (`وأضاف أن …`); after other words the subject stood before it (`وكانت وثائق … قالت إن …`).
    if (opensSentence(block, verb)) return undefined
    const before = mentions.find((mention) => mention.end === verb && !mention.governed)
    return before ? before.actor : null
  }
  const person = window.find((mention) => mention.type === 'person')
  if (person) return person.actor
  const onBehalf = window.find((mention) => mention.type === 'organization' && normalized[mention.start - 1] === 'باسم')
  return onBehalf ? onBehalf.actor : null
}

/**
 * Whether only punctuation and connectives (`كما`، `ثم`، `من جهته` …)
 * stand between the start of the sentence and the word at `at`.
 */
function opensSentence(block: TokenizedBlock, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const token = block.tokens[i]
    if (token.kind === 'punctuation') {
      if (SENTENCE_ENDS.has(token.text)) return true
      continue
    }
    if (!CONNECTIVES.has(block.normalized[i])) return false
  }
  return true
}

interface Speech {
  /** Token of the quotation mark, complementizer or colon. */
  marker: number
  /** Token after the reported words. */
  end: number
  text: string
  words: number
  /** The words are a quotation. */
  quoted: boolean
}

/** The words reported after a verb, if a marker opens them within `gap` tokens of `from`. */
function reportedWords(block: TokenizedBlock, from: number, gap: number): Speech | undefined {
  const {tokens, normalized} = block
  for (let k = from; k < tokens.length && k < from + gap; k++) {
    const token = tokens[k]
    if (token.kind === 'punctuation' && SENTENCE_ENDS.has(token.text)) return undefined
    if (token.kind === 'word' && reportingWord(normalized[k])) return undefined
    if (QUOTE_MARKS.has(token.text)) return quotation(block, k, k)
    if (token.kind === 'word' && COMPLEMENTIZERS.has(normalized[k])) return clause(block, k, k + 1)
    if (token.text === ':') {
      return k + 1 < tokens.length && QUOTE_MARKS.has(tokens[k + 1].text) ? quotation(block, k, k + 1) : clause(block, k, k + 1)
    }
  }
  return undefined
}

/** A quotation opened at `open`: up to its closing mark, or the block's end. */
function quotation(block: TokenizedBlock, marker: number, open: number): Speech | undefined {
  const close = QUOTE_MARKS.get(block.tokens[open].text)!
  let end = open + 1
  while (end < block.tokens.length && block.tokens[end].text !== close) end++
  return speech(block, marker, open + 1, end, true)
}

/** A reported clause from `start` to the end of its sentence (sentence ends inside quotation marks do not count). */
function clause(block: TokenizedBlock, marker: number, start: number): Speech | undefined {
  const {tokens} = block
  let closing: string | undefined
  let end = start
  for (; end < tokens.length; end++) {
    const text = tokens[end].text
    if (closing !== undefined) {
      if (text === closing) closing = undefined
    } else if (QUOTE_MARKS.has(text)) {
      closing = QUOTE_MARKS.get(text)
    } else if (SENTENCE_ENDS.has(text)) {
      break
    }
  }
  return speech(block, marker, start, end, false)
}

function speech(block: TokenizedBlock, marker: number, start: number, end: number, quoted: boolean): Speech | undefined {
  let last = end
  // Trailing commas and the like are not part of the words.
  while (last > start && block.tokens[last - 1].kind === 'punctuation' && !QUOTE_MARKS.has(block.tokens[last - 1].text)) last--
  if (last <= start) return undefined
  const words = block.tokens.slice(start, last).filter((token) => token.kind === 'word').length
  return {marker, end, text: tokensText(block, start, last), words, quoted}
}
