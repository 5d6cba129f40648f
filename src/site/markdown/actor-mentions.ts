import type {ArticleActor} from '../../shared/schemas/actor.ts'

/** One mention of an actor found in a text. */
export interface Mention {
  /** Offset of the mention's first UTF-16 unit in the text. */
  start: number
  /** Offset after its last unit. */
  end: number
  actor: ArticleActor
}

/** Finds the mentions of a fixed set of actors in any text. */
export type MentionFinder = (text: string) => Mention[]

/**
 * A character that continues a word, as `tokenize` (src/shared/arabic)
 * reads words: letters, marks, digits, tatweel, and the apostrophes that
 * join a word's parts.
 */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}\u0640'’]/u

/**
 * A finder for the mentions of `actors`, by the surface `forms` the
 * article's frontmatter lists for each.
 *
 * A mention is an occurrence of a form that starts and ends at word
 * boundaries, so a link around it never starts or ends inside a word
 * (`بطرابلس` is found only when `بطرابلس` is a form, never as ب + a linked
 * `طرابلس`), and Arabic letters keep joining. Where forms overlap, the one
 * starting first wins, then the longest, then the actor listed first (the
 * frontmatter lists the most mentioned first).
 *
 * Forms are searched with `indexOf` rather than by tokenizing every text:
 * the site runs this over every paragraph of every article.
 */
export function createMentionFinder(actors: readonly ArticleActor[]): MentionFinder {
  const forms: {form: string; actor: ArticleActor; order: number}[] = []
  for (const actor of actors) {
    for (const form of actor.forms) {
      if (form.trim() !== '') forms.push({form, actor, order: forms.length})
    }
  }

  return function findMentions(text) {
    const found: {start: number; end: number; actor: ArticleActor; order: number}[] = []
    for (const {form, actor, order} of forms) {
      for (let start = text.indexOf(form); start !== -1; start = text.indexOf(form, start + 1)) {
        const end = start + form.length
        if (startsWord(text, start) && endsWord(text, end)) found.push({start, end, actor, order})
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order)
    const mentions: Mention[] = []
    let after = 0
    for (const {start, end, actor} of found) {
      if (start < after) continue
      mentions.push({start, end, actor})
      after = end
    }
    return mentions
  }
}

function startsWord(text: string, start: number): boolean {
  return start === 0 || !WORD_CHARACTER.test(text[start - 1]) || !WORD_CHARACTER.test(text[start])
}

function endsWord(text: string, end: number): boolean {
  return end === text.length || !WORD_CHARACTER.test(text[end]) || !WORD_CHARACTER.test(text[end - 1])
}
