import type {ArticleActor} from '../../shared/schemas/actor.ts'
import {tokenize, type Token} from '../../shared/arabic/tokenize.ts'

/** One mention of an actor found in a text. */
export interface Mention {
  /** Offset of the mention's first UTF-16 unit in the text. */
  start: number
  /** Offset after its last unit. */
  end: number
  actor: ArticleActor
}

interface Candidate {
  form: string
  /** Number of word tokens the form spans. */
  words: number
  actor: ArticleActor
}

/** Finds the mentions of a fixed set of actors in any text. */
export type MentionFinder = (text: string) => Mention[]

/**
 * A finder for the mentions of `actors`, by the surface `forms` the
 * article's frontmatter lists for each.
 *
 * A mention is a run of whole tokens whose text equals a form exactly, so
 * a link around it never starts or ends inside a word (`بطرابلس` is found
 * only when `بطرابلس` is a form, never as ب + a linked `طرابلس`), and Arabic
 * letters keep joining. Where forms overlap, the longest wins, then the
 * actor listed first (the frontmatter lists the most mentioned first).
 */
export function createMentionFinder(actors: readonly ArticleActor[]): MentionFinder {
  const byFirstWord = new Map<string, Candidate[]>()
  for (const actor of actors) {
    for (const form of actor.forms) {
      const words = tokenize(form)
      if (words.length === 0) continue
      const first = words[0].text
      const list = byFirstWord.get(first) ?? []
      list.push({form, words: words.length, actor})
      byFirstWord.set(first, list)
    }
  }
  for (const list of byFirstWord.values()) {
    // Longest form first; `sort` is stable, so ties keep frontmatter order.
    list.sort((a, b) => b.form.length - a.form.length)
  }

  return function findMentions(text) {
    if (byFirstWord.size === 0) return []
    const tokens = tokenize(text)
    const mentions: Mention[] = []
    for (let index = 0; index < tokens.length; index++) {
      const candidates = byFirstWord.get(tokens[index].text)
      if (!candidates) continue
      const match = candidates.find((candidate) => matchesAt(text, tokens, index, candidate))
      if (!match) continue
      const last = tokens[index + match.words - 1]
      mentions.push({start: tokens[index].start, end: last.end, actor: match.actor})
      index += match.words - 1
    }
    return mentions
  }
}

/** Whether `candidate`'s form stands in `text` as the tokens from `index` on. */
function matchesAt(text: string, tokens: Token[], index: number, candidate: Candidate): boolean {
  const last = tokens[index + candidate.words - 1]
  return last !== undefined && text.slice(tokens[index].start, last.end) === candidate.form
}
