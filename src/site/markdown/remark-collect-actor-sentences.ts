import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {createMentionFinder} from './actor-mentions.ts'
import {frontmatterActors, frontmatterOf} from './frontmatter-actors.ts'
import {excerptAround, sentenceSpans} from './sentences.ts'

/** Frontmatter key the sentences are stored under: `{[actorId]: sentence}`. */
export const ACTOR_SENTENCES_KEY = 'actorSentences'

export interface Options {
  /** Longest excerpt kept, in characters; longer sentences are cut around the mention. Default: `280`. */
  maxLength?: number
}

const emptyOptions: Options = {}

/**
 * For each of an article's actors, the first sentence of the body that
 * mentions it (by the frontmatter's `forms`), stored in the frontmatter
 * Astro returns (`rendered.metadata.frontmatter.actorSentences`), so an
 * actor's timeline can quote it without reading the article again.
 * Headings are not sentences and are skipped.
 */
export function remarkCollectActorSentences(options?: Options | null) {
  const settings = options || emptyOptions
  const maxLength = settings.maxLength ?? 280

  return function (tree: Root, file: VFile) {
    const actors = frontmatterActors(file)
    const sentences: Record<string, string> = {}
    if (actors.length > 0) {
      const findMentions = createMentionFinder(actors)
      let missing = actors.length
      visit(tree, (node) => {
        if (missing === 0) return false
        if (node.type === 'heading') return SKIP
        if (node.type !== 'paragraph') return
        const text = toString(node)
        const spans = sentenceSpans(text)
        for (const mention of findMentions(text)) {
          if (mention.actor.id in sentences) continue
          const span = spans.find((candidate) => candidate.start <= mention.start && mention.end <= candidate.end)
          if (!span) continue
          const sentence = text.slice(span.start, span.end)
          sentences[mention.actor.id] = excerptAround(sentence, mention.start - span.start, mention.end - span.start, maxLength)
          missing--
        }
        return SKIP
      })
    }
    frontmatterOf(file)[ACTOR_SENTENCES_KEY] = sentences
  }
}
