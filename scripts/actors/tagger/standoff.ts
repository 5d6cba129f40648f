import {tokenize} from '../../../src/shared/arabic/tokenize.ts'
import type {ConllSentence} from './conll.ts'
import {readJsonLines, recordIdOf} from './read-corpus.ts'
import type {Tag} from './tags.ts'

/** Entity types of the stand-off annotations: ANERcorp's, less `MISC`, which the guideline does not annotate. */
type SpanType = 'PERS' | 'ORG' | 'LOC'

/** One annotated article: `[start, end, type]` spans, offsets into the corpus record's `text`. */
interface AnnotatedArticle {
  id: string
  spans: [number, number, SpanType][]
}

/**
 * Training sentences from stand-off annotations of corpus articles: each
 * paragraph of an annotated article, tokenized as the tagger sees text
 * (`tokenize`), a token tagged with the span it overlaps (`B-` at the
 * span's first token). A proclitic the span leaves out stays inside its
 * token, so the token belongs to the entity, as the guideline says.
 *
 * Reasoning: the project must not hold the corpus text, so the annotations
 * are ids and offsets, and the text is read from the corpus each time.
 *
 * @throws Error naming the file and line of an article the corpus lacks or a span outside its text.
 */
export function readStandoffSentences(annotationsFile: string, corpusFile: string): ConllSentence[] {
  const annotated = readJsonLines<AnnotatedArticle>(annotationsFile)
  const wanted = new Set(annotated.map(({record}) => record.id))
  const texts = new Map<string, string>()
  for (const {record} of readJsonLines<{id: string; text: string}>(corpusFile, (line) => wanted.has(recordIdOf(line) ?? ''))) {
    texts.set(record.id, record.text)
  }
  const sentences: ConllSentence[] = []
  for (const {record, line} of annotated) {
    const text = texts.get(record.id)
    if (text === undefined) throw new Error(`${annotationsFile}:${line}: article \`${record.id}\` is not in ${corpusFile}`)
    const spanAt = new Int32Array(text.length).fill(-1)
    record.spans.forEach(([start, end], index) => {
      if (!(start >= 0 && start < end && end <= text.length)) {
        throw new Error(`${annotationsFile}:${line}: span [${start}, ${end}] is outside the text of \`${record.id}\``)
      }
      spanAt.fill(index, start, end)
    })
    let offset = 0
    for (const paragraph of text.split('\n')) {
      const tokens = tokenize(paragraph)
      if (tokens.length > 0) {
        let previous = -1
        const tags = tokens.map((token): Tag => {
          let span = -1
          for (let at = offset + token.start; at < offset + token.end && span === -1; at++) span = spanAt[at]
          const tag: Tag = span === -1 ? 'O' : `${span === previous ? 'I' : 'B'}-${record.spans[span][2]}`
          previous = span
          return tag
        })
        sentences.push({tokens: tokens.map((token) => token.text), tags, line})
      }
      offset += paragraph.length + 1
    }
  }
  return sentences
}
