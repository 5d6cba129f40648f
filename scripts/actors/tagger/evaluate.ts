import {ENTITY_TYPES, tagsToSpans, type EntitySpan} from './tags.ts'

/** Entity-level counts and scores for one type, or for all (micro-averaged). */
export interface EntityScore {
  /** `PERS`, `LOC`, `ORG`, `MISC`, or `all` for the micro average. */
  type: string
  /** Entities in the gold tags. */
  gold: number
  /** Entities in the predicted tags. */
  found: number
  /** Predicted entities with exactly the gold start, end and type. */
  correct: number
  /** correct / found, 0 when nothing was found. */
  precision: number
  /** correct / gold, 0 when there is nothing to find. */
  recall: number
  /** Harmonic mean of precision and recall, 0 when both are 0. */
  f1: number
}

/** What `evaluate` measures over a set of tagged sentences. */
export interface Evaluation {
  tokens: number
  /** Share of tokens whose predicted tag equals the gold tag. */
  accuracy: number
  /** One score per entity type present in the gold or predicted tags, in type order. */
  byType: EntityScore[]
  micro: EntityScore
}

function score(type: string, gold: number, found: number, correct: number): EntityScore {
  const precision = found === 0 ? 0 : correct / found
  const recall = gold === 0 ? 0 : correct / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {type, gold, found, correct, precision, recall, f1}
}

const spanKey = (span: EntitySpan) => `${span.start}:${span.end}:${span.type}`

/**
 * Entity-level precision, recall and F1 with conlleval's semantics: an
 * entity counts as correct only when its start, end and type all match
 * the gold one; a stray `I-X` starts an entity; sentences are scored apart.
 *
 * @param gold the gold tags, one array per sentence
 * @param predicted the predicted tags, aligned with `gold`
 * @throws Error when a sentence's two tag arrays differ in length
 */
export function evaluate(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): Evaluation {
  if (gold.length !== predicted.length) {
    throw new Error(`Expected ${gold.length} predicted sentences, not ${predicted.length}`)
  }
  const counts = new Map<string, {gold: number; found: number; correct: number}>()
  const count = (type: string) => {
    let entry = counts.get(type)
    if (!entry) counts.set(type, (entry = {gold: 0, found: 0, correct: 0}))
    return entry
  }
  let tokens = 0
  let sameTags = 0
  for (let sentence = 0; sentence < gold.length; sentence++) {
    const goldTags = gold[sentence]
    const predictedTags = predicted[sentence]
    if (goldTags.length !== predictedTags.length) {
      throw new Error(`Sentence ${sentence + 1}: expected ${goldTags.length} predicted tags, not ${predictedTags.length}`)
    }
    tokens += goldTags.length
    for (let index = 0; index < goldTags.length; index++) if (goldTags[index] === predictedTags[index]) sameTags++
    const goldSpans = tagsToSpans(goldTags)
    const goldKeys = new Set(goldSpans.map(spanKey))
    for (const span of goldSpans) count(span.type).gold++
    for (const span of tagsToSpans(predictedTags)) {
      const entry = count(span.type)
      entry.found++
      if (goldKeys.has(spanKey(span))) entry.correct++
    }
  }
  const byType = [...ENTITY_TYPES]
    .filter((type) => counts.has(type))
    .map((type) => {
      const entry = counts.get(type)!
      return score(type, entry.gold, entry.found, entry.correct)
    })
  const total = (field: 'gold' | 'found' | 'correct') => byType.reduce((sum, entry) => sum + entry[field], 0)
  return {
    tokens,
    accuracy: tokens === 0 ? 0 : sameTags / tokens,
    byType,
    micro: score('all', total('gold'), total('found'), total('correct'))
  }
}

const percent = (value: number) => (value * 100).toFixed(2).padStart(6)

/**
 * The report `ner:eval` prints, in conlleval's layout (percentages), one
 * line per type, and last the line `micro F1 0.xxx`.
 */
export function formatEvaluation(evaluation: Evaluation): string {
  const {micro} = evaluation
  const lines = [
    `processed ${evaluation.tokens} tokens with ${micro.gold} phrases; found: ${micro.found} phrases; correct: ${micro.correct}.`,
    `accuracy: ${percent(evaluation.accuracy)}%; precision: ${percent(micro.precision)}%; recall: ${percent(micro.recall)}%; FB1: ${percent(micro.f1)}`
  ]
  for (const entry of evaluation.byType) {
    lines.push(
      `${entry.type.padStart(17)}: precision: ${percent(entry.precision)}%; recall: ${percent(entry.recall)}%; ` +
        `FB1: ${percent(entry.f1)}  ${entry.found} (gold ${entry.gold}, correct ${entry.correct})`
    )
  }
  lines.push(`micro F1 ${micro.f1.toFixed(3)}`)
  return lines.join('\n')
}
