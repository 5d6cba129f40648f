/**
 * Word classes learned from unlabeled text by the exchange algorithm
 * (Kneser and Ney 1993; Martin, Liermann and Ney 1998): words are put in
 * `classes` classes so that a class bigram model, P(class of the next word
 * | class of this word), fits the text best. Words used alike (given names,
 * cities, reporting verbs, months) end in one class, which is what the
 * tagger wants to know about a word it never saw labeled. It optimizes the
 * same objective as Brown clustering, at a fraction of the cost.
 */

/** Bigram counts of a text over word ids `0 .. vocabulary - 1`, both ways, as compressed rows. */
export interface BigramCounts {
  vocabulary: number
  /** Successors of word `w`: `next[nextStart[w] .. nextStart[w + 1])`, with their counts in `nextCount`. */
  nextStart: Int32Array
  next: Int32Array
  nextCount: Float64Array
  /** Predecessors of word `w`, likewise. */
  previousStart: Int32Array
  previous: Int32Array
  previousCount: Float64Array
  /** Bigrams in all. */
  total: number
}

/**
 * Counts the bigrams of `text`, a sequence of word ids (a boundary between
 * paragraphs is a word id like any other, so that no bigram spans one).
 */
export function countBigrams(text: Int32Array, vocabulary: number): BigramCounts {
  const pairs = new Float64Array(Math.max(0, text.length - 1))
  for (let index = 1; index < text.length; index++) pairs[index - 1] = text[index - 1] * vocabulary + text[index]
  const forward = compress(pairs.slice().sort(), vocabulary)
  for (let index = 0; index < pairs.length; index++) {
    const first = Math.floor(pairs[index] / vocabulary)
    pairs[index] = (pairs[index] - first * vocabulary) * vocabulary + first
  }
  const backward = compress(pairs.sort(), vocabulary)
  return {
    vocabulary,
    nextStart: forward.start,
    next: forward.other,
    nextCount: forward.count,
    previousStart: backward.start,
    previous: backward.other,
    previousCount: backward.count,
    total: pairs.length
  }
}

/** Sorted pair codes `row * vocabulary + column` as compressed rows with counts. */
function compress(sorted: Float64Array, vocabulary: number) {
  let distinct = 0
  for (let index = 0; index < sorted.length; index++) if (index === 0 || sorted[index] !== sorted[index - 1]) distinct++
  const start = new Int32Array(vocabulary + 1)
  const other = new Int32Array(distinct)
  const count = new Float64Array(distinct)
  let at = -1
  for (let index = 0; index < sorted.length; index++) {
    if (index === 0 || sorted[index] !== sorted[index - 1]) {
      at++
      const row = Math.floor(sorted[index] / vocabulary)
      other[at] = sorted[index] - row * vocabulary
      start[row + 1]++
    }
    count[at]++
  }
  for (let row = 0; row < vocabulary; row++) start[row + 1] += start[row]
  return {start, other, count}
}

/** Options of `exchangeClusters`. */
export interface ExchangeOptions {
  /** How many classes. */
  classes: number
  /** Most passes over the vocabulary; it stops earlier when a pass moves no word. */
  iterations: number
  /** Receives a line after each pass. Default: none. */
  log?: (line: string) => void
}

/**
 * The class of each word id, by the exchange algorithm. Words start in
 * classes by frequency rank (`rank mod classes`, with ids taken to be in
 * descending frequency order); then, pass after pass, each word in id order
 * moves to the class that most raises the class bigram likelihood.
 * Deterministic: no randomness, ties go to the current class, then to the
 * lowest class number.
 */
export function exchangeClusters(counts: BigramCounts, options: ExchangeOptions): Int32Array {
  const C = options.classes
  const V = counts.vocabulary
  const classOf = new Int32Array(V)
  for (let word = 0; word < V; word++) classOf[word] = word % C
  // `pair[c * C + d]`: bigrams from class c to class d; `pairT` the same transposed, for column scans.
  const pair = new Float64Array(C * C)
  const pairT = new Float64Array(C * C)
  const leftCount = new Float64Array(C)
  const rightCount = new Float64Array(C)
  const outOf = new Float64Array(V)
  const into = new Float64Array(V)
  const self = new Float64Array(V)
  for (let word = 0; word < V; word++) {
    for (let index = counts.nextStart[word]; index < counts.nextStart[word + 1]; index++) {
      const other = counts.next[index]
      const n = counts.nextCount[index]
      pair[classOf[word] * C + classOf[other]] += n
      pairT[classOf[other] * C + classOf[word]] += n
      outOf[word] += n
      into[other] += n
      if (other === word) self[word] = n
    }
  }
  for (let word = 0; word < V; word++) {
    leftCount[classOf[word]] += outOf[word]
    rightCount[classOf[word]] += into[word]
  }
  const xlogx = xLogXTable(counts.total)
  const f = (x: number) => (x < xlogx.length ? xlogx[x] : x * Math.log(x))

  // Per word: its bigram counts with each class (other words only), kept sparse.
  const toClass = new Float64Array(C)
  const fromClass = new Float64Array(C)
  const toClasses = new Int32Array(C)
  const fromClasses = new Int32Array(C)
  const gain = new Float64Array(C)

  /**
   * Adds to each `gain[b]` the change of `matrix`'s cells (d, b) when the
   * word joins class b: its `amounts[d]` bigrams with each listed class d.
   */
  const addGains = (classes: Int32Array, count: number, amounts: Float64Array, matrix: Float64Array) => {
    for (let index = 0; index < count; index++) {
      const d = classes[index]
      const n = amounts[d]
      const row = d * C
      for (let b = 0; b < C; b++) {
        const before = matrix[row + b]
        gain[b] += f(before + n) - f(before)
      }
    }
  }

  const move = (word: number, target: number, sign: number, toCount: number, fromCount: number) => {
    for (let index = 0; index < toCount; index++) {
      const d = toClasses[index]
      pair[target * C + d] += sign * toClass[d]
      pairT[d * C + target] += sign * toClass[d]
    }
    for (let index = 0; index < fromCount; index++) {
      const d = fromClasses[index]
      pair[d * C + target] += sign * fromClass[d]
      pairT[target * C + d] += sign * fromClass[d]
    }
    pair[target * C + target] += sign * self[word]
    pairT[target * C + target] += sign * self[word]
    leftCount[target] += sign * outOf[word]
    rightCount[target] += sign * into[word]
  }

  for (let iteration = 0; iteration < options.iterations; iteration++) {
    let moves = 0
    for (let word = 0; word < V; word++) {
      let toCount = 0
      let fromCount = 0
      for (let index = counts.nextStart[word]; index < counts.nextStart[word + 1]; index++) {
        const other = counts.next[index]
        if (other === word) continue
        const d = classOf[other]
        if (toClass[d] === 0) toClasses[toCount++] = d
        toClass[d] += counts.nextCount[index]
      }
      for (let index = counts.previousStart[word]; index < counts.previousStart[word + 1]; index++) {
        const other = counts.previous[index]
        if (other === word) continue
        const d = classOf[other]
        if (fromClass[d] === 0) fromClasses[fromCount++] = d
        fromClass[d] += counts.previousCount[index]
      }
      const current = classOf[word]
      move(word, current, -1, toCount, fromCount)

      // gain[b]: the change in log-likelihood (up to constants) from putting the word in class b.
      for (let b = 0; b < C; b++) gain[b] = f(leftCount[b]) - f(leftCount[b] + outOf[word]) + f(rightCount[b]) - f(rightCount[b] + into[word])
      // The word's bigrams into class d land in column d of `pair` (a row of `pairT`); from class d, in row d.
      addGains(toClasses, toCount, toClass, pairT)
      addGains(fromClasses, fromCount, fromClass, pair)
      // The cell (b, b) gets both directions at once, and the word's bigrams with itself.
      for (let b = 0; b < C; b++) {
        const n = self[word] + toClass[b] + fromClass[b]
        if (n === 0) continue
        const before = pair[b * C + b]
        gain[b] += f(before + n) - f(before) - (f(before + toClass[b]) - f(before)) - (f(before + fromClass[b]) - f(before))
      }
      let best = current
      for (let b = 0; b < C; b++) if (gain[b] > gain[best] + 1e-9) best = b
      if (best !== current) moves++
      classOf[word] = best
      move(word, best, 1, toCount, fromCount)
      for (let index = 0; index < toCount; index++) toClass[toClasses[index]] = 0
      for (let index = 0; index < fromCount; index++) fromClass[fromClasses[index]] = 0
    }
    options.log?.(`exchange, ${C} classes: pass ${iteration + 1}, ${moves} words moved`)
    if (moves === 0) break
  }
  return classOf
}

/** `x log x` for the integers 0 .. max (0 log 0 = 0). */
function xLogXTable(max: number): Float64Array {
  const table = new Float64Array(max + 1)
  for (let x = 1; x <= max; x++) table[x] = x * Math.log(x)
  return table
}
