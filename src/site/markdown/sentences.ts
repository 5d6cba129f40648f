/** A sentence's place in a text. */
export interface Span {
  start: number
  end: number
}

/**
 * Sentence ends: `.`, `!`, `?`, `؟`, `…` (any run of them), then any closing
 * quotes or brackets, then white space. A dot between digits (`3.5`) or
 * before a letter (`U.S`) does not end a sentence, because no space follows.
 */
const SENTENCE_END = /[.!?؟…]+["'»”’)\]]*(?=\s)|\n/g

/** The sentences of a paragraph, trimmed, as spans of `text`. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  const push = (end: number) => {
    let from = start
    let to = end
    while (from < to && /\s/.test(text[from])) from++
    while (to > from && /\s/.test(text[to - 1])) to--
    if (to > from) spans.push({start: from, end: to})
  }
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length
    push(end)
    start = end
  }
  push(text.length)
  return spans
}

/**
 * At most `max` characters of `sentence` around the part from `start` to
 * `end`, cut at spaces, with `…` where text was left out. Long run-on
 * sentences stay readable in a list of excerpts.
 */
export function excerptAround(sentence: string, start: number, end: number, max = 280): string {
  if (sentence.length <= max) return sentence
  const room = Math.max(0, max - (end - start))
  let from = Math.max(0, start - Math.floor(room / 2))
  let to = Math.min(sentence.length, from + (end - start) + room)
  from = Math.max(0, to - (end - start) - room)
  if (from > 0) from = nextSpace(sentence, from, start)
  if (to < sentence.length) to = previousSpace(sentence, to, end)
  return `${from > 0 ? '… ' : ''}${sentence.slice(from, to).trim()}${to < sentence.length ? ' …' : ''}`
}

function nextSpace(text: string, from: number, limit: number): number {
  const space = text.indexOf(' ', from)
  return space === -1 || space >= limit ? from : space + 1
}

function previousSpace(text: string, to: number, limit: number): number {
  const space = text.lastIndexOf(' ', to)
  return space === -1 || space < limit ? to : space
}
