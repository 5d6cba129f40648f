/**
 * `npm run ner:word-classes -- [--corpus <jsonl>] [--train <conll>] [--out <tsv>]`
 *
 * Builds the tagger's word-class table (`word-classes.ts`) from unlabeled
 * text: the articles of the ANT corpus extract (title and paragraphs) and
 * the tokens of the training file (their words only, not their tags).
 * Needs `../shared`; run on demand, then `npm run ner:train`.
 * Deterministic: the same text gives a byte-identical table.
 */
import {renameSync, writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {buildWordClasses} from '../actors/tagger/build-word-classes.ts'
import {readConllFile} from '../actors/tagger/conll.ts'
import {DEFAULT_CORPUS, readArticleDocuments} from '../actors/tagger/read-corpus.ts'
import {DEFAULT_WORD_CLASSES, wordClassesToTsv} from '../actors/tagger/word-classes.ts'

/** Words seen fewer times than this are left out: their contexts are too few to place them. */
const MIN_COUNT = 3
/** Class counts of the clusterings: coarse to fine, the features use them all. */
const GRANULARITIES = [64, 256, 1024]
/** Passes of the exchange algorithm: by 15, a pass moves under 1 % of the words. */
const ITERATIONS = 15

const usage = `Usage: npm run ner:word-classes -- [--corpus <jsonl>] [--train <conll>] [--out <tsv>]

  --corpus <file>  articles, one JSON object a line with \`title\` and \`text\` (default: ${DEFAULT_CORPUS})
  --train <file>   CoNLL training data whose tokens join the text (default: ../shared/ner/anercorp_train.conll)
  --out <file>     table to write (default: the committed one, ${DEFAULT_WORD_CLASSES})
  --help           show this help`

function runNerWordClassesCli(args: string[]): void {
  const {values} = parseArgs({
    args,
    options: {
      corpus: {type: 'string', default: DEFAULT_CORPUS},
      train: {type: 'string', default: '../shared/ner/anercorp_train.conll'},
      out: {type: 'string', default: DEFAULT_WORD_CLASSES},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const started = performance.now()
  const paragraphs = [...readArticleDocuments(values.corpus).flat(), ...readConllFile(values.train).map((sentence) => sentence.tokens)]
  const data = buildWordClasses(paragraphs, {
    minCount: MIN_COUNT,
    granularities: GRANULARITIES,
    iterations: ITERATIONS,
    log: (line) => console.error(line)
  })
  const temporary = `${values.out}.tmp-${process.pid}`
  writeFileSync(temporary, wordClassesToTsv(data))
  renameSync(temporary, values.out)
  const seconds = (performance.now() - started) / 1000
  console.log(`ner:word-classes: ${data.words.length} words, columns ${data.columns.join(', ')}, written to ${values.out} in ${seconds.toFixed(0)} s`)
}

if (import.meta.main) {
  try {
    runNerWordClassesCli(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? `ner:word-classes: ${error.message}` : error)
    process.exitCode = 1
  }
}
