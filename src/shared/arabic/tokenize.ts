/**
 * A word, number or punctuation mark in running text, with its place.
 */
export interface Token {
  text: string
  /** Offset of the first UTF-16 unit in the text. */
  start: number
  /** Offset after the last UTF-16 unit. */
  end: number
  kind: 'word' | 'number' | 'punctuation'
}

/**
 * Words are letters and marks, with digits inside (`F16`, `2018م`) and
 * joined by an apostrophe, hyphen-free; numbers are digits with inner
 * separators (`3.5`, `1,200`, `٣٫٥`); anything else that is not space is a
 * punctuation token of its own.
 */
const TOKEN = /(?<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}\u0640]*(?:['’][\p{L}\p{M}]+)*)|(?<number>\p{N}+(?:[.,٫٬]\p{N}+)*[\p{L}\p{M}]*)|(?<punctuation>[^\s\p{L}\p{M}\p{N}])/gu

/**
 * Split text into words, numbers and punctuation, so a name followed by a
 * comma (`بومبيو،`) or in quotes (`"الجيش الوطني الليبي"`) is its own token.
 * Clitics stay on their word: see `proclitic-analyses.ts`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(TOKEN)) {
    const groups = match.groups!
    const kind = groups.word ? 'word' : groups.number ? 'number' : 'punctuation'
    tokens.push({text: match[0], start: match.index, end: match.index + match[0].length, kind})
  }
  return tokens
}
