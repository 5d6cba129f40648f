/**
 * Arabic proclitics, outermost first: a conjunction (و، ف), then a
 * preposition (ب، ل، ك), then the definite article (ال). `لل` is ل + ال
 * with the alef dropped (`للجيش` = ل + الجيش).
 */
const CONJUNCTIONS = ['و', 'ف']
const PREPOSITIONS = ['ب', 'ل', 'ك']

/** Shortest stem left after stripping: shorter remainders are not words. */
const MIN_STEM = 2

export interface ProcliticAnalysis {
  /** The proclitics, as written (`وب`, `لل`, `وال`). */
  prefix: string
  /** The word they attach to, with its article when `keepArticle` (`الجيش`). */
  stem: string
}

/**
 * Every way to read `word` as proclitics + stem, from no proclitic (the
 * whole word) to the most stripped. Which reading is right needs a
 * lexicon: `بومبيو` is a name, not ب + ومبيو, and `لبنان` is not ل + بنان.
 * So this lists candidates and the caller looks them up (the actor registry,
 * the tagger's features, the search vocabulary) rather than stripping
 * blindly, the way general-purpose stemmers damage names.
 *
 * Stems keep their definite article, with a further reading without it:
 * `وبالجيش` → `وبالجيش`, `بالجيش` (و), `الجيش` (وب), `جيش` (وبال).
 */
export function procliticAnalyses(word: string): ProcliticAnalysis[] {
  const analyses: ProcliticAnalysis[] = [{prefix: '', stem: word}]
  const seen = new Set([word])
  const add = (prefix: string, stem: string) => {
    if (stem.length >= MIN_STEM && !seen.has(stem)) {
      seen.add(stem)
      analyses.push({prefix, stem})
    }
  }
  for (const conjunction of ['', ...CONJUNCTIONS]) {
    if (!word.startsWith(conjunction)) continue
    const afterConjunction = word.slice(conjunction.length)
    for (const preposition of ['', ...PREPOSITIONS]) {
      if (!afterConjunction.startsWith(preposition)) continue
      const rest = afterConjunction.slice(preposition.length)
      const prefix = conjunction + preposition
      if (prefix !== '') add(prefix, rest)
      if (preposition === 'ل' && rest.startsWith('ل') && rest.length > MIN_STEM + 1) {
        // لل: ل + ال with the alef dropped.
        add(`${prefix}ل`, `ال${rest.slice(1)}`)
        add(`${prefix}ل`, rest.slice(1))
      }
      if (rest.startsWith('ال')) add(`${prefix}ال`, rest.slice(2))
    }
  }
  return analyses
}
