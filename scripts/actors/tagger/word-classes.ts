import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** The committed table, built by `npm run ner:word-classes`. */
export const DEFAULT_WORD_CLASSES = fileURLToPath(new URL('./model/word-classes.tsv', import.meta.url))

/**
 * What the tagger knows of a word from unlabeled text: small integers per
 * word in named columns (its classes at several granularities from
 * `exchange-clustering.ts`, and bucketed usage statistics), keyed by the
 * word's `wordClassKey`. Built by `npm run ner:word-classes` from the ANT
 * corpus; committed as a TSV table, and copied into each model trained
 * with it.
 */
export interface WordClassesData {
  /** Column names, such as `class64` (a class among 64) or `article` (a bucketed statistic). */
  columns: string[]
  /** The words, sorted (code unit order), distinct. */
  words: string[]
  /** `values[column][word]`: the column's value for the word, 0 .. 65535. */
  values: Uint16Array[]
}

/** Looks words up in a `WordClassesData`. */
export interface WordClasses {
  readonly columns: readonly string[]
  /** The row of `key` (a `wordClassKey`), or -1 when the table does not have it. */
  row(key: string): number
  /** The value of `column` (index into `columns`) in `row`. */
  value(row: number, column: number): number
}

/**
 * The form a word is looked up by: `normalizeArabic` form with every digit
 * written `0`, so numbers of one shape share their contexts (`2018` and
 * `2019` are both `0000`).
 */
export function wordClassKey(normalized: string): string {
  return normalized.replace(/[0-9]/g, '0')
}

/** A `WordClasses` over data. */
export function wordClassesFromData(data: WordClassesData): WordClasses {
  const rows = new Map<string, number>()
  data.words.forEach((word, index) => rows.set(word, index))
  return {
    columns: data.columns,
    row: (key) => rows.get(key) ?? -1,
    value: (row, column) => data.values[column][row]
  }
}

/** The table as TSV: a header `word<TAB>column...`, then one word a line, sorted. */
export function wordClassesToTsv(data: WordClassesData): string {
  const lines = [['word', ...data.columns].join('\t')]
  data.words.forEach((word, row) => lines.push([word, ...data.values.map((column) => column[row])].join('\t')))
  return `${lines.join('\n')}\n`
}

/**
 * Reads the TSV of `wordClassesToTsv`.
 *
 * @param file the table's path, for messages
 * @throws Error naming the file and line of the first malformed line
 */
export function tsvToWordClasses(text: string, file: string): WordClassesData {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  const header = lines[0]?.split('\t') ?? []
  if (header[0] !== 'word' || header.length < 2) {
    throw new Error(`${file}:1: expected a header "word<TAB>column...", not \`${lines[0] ?? ''}\``)
  }
  const columns = header.slice(1)
  const words: string[] = []
  const values = columns.map(() => new Uint16Array(lines.length - 1))
  for (let index = 1; index < lines.length; index++) {
    const fields = lines[index].split('\t')
    const numbers = fields.slice(1).map(Number)
    if (fields.length !== header.length || fields[0] === '' || numbers.some((n) => !Number.isInteger(n) || n < 0 || n > 65535)) {
      throw new Error(`${file}:${index + 1}: expected a word and ${columns.length} integers 0..65535, tab-separated`)
    }
    if (words.length > 0 && !(words.at(-1)! < fields[0])) {
      throw new Error(`${file}:${index + 1}: words must be sorted and distinct, \`${fields[0]}\` is not after \`${words.at(-1)}\``)
    }
    words.push(fields[0])
    numbers.forEach((number, column) => (values[column][index - 1] = number))
  }
  return {columns, words, values}
}

/** Reads a word-class table file (see `tsvToWordClasses`). */
export function readWordClassesFile(file: string): WordClassesData {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(`${file}: cannot read the word-class table (build it with \`npm run ner:word-classes\`)`, {cause: error})
  }
  return tsvToWordClasses(text, file)
}
