/**
 * `npm run ner:dev -- [--folds 1,5,9] [--first-pass] [options]`
 *
 * Scores the training recipe without the test file: for each listed tenth
 * of the training file, trains on the other nine tenths and tags the held
 * tenth (50 sentences a document, as `ner:eval` does). Prints each fold's
 * and the mean F1, micro and per type. This is the number to choose
 * features and training settings by; `ner:eval` on the test file is for
 * reporting only. Options switch parts off to measure what they add.
 */
import {parseArgs} from 'node:util'
import {readConllFile} from '../actors/tagger/conll.ts'
import {Tagger} from '../actors/tagger/tagger.ts'
import {trainingGazetteer} from '../actors/tagger/train-gazetteer.ts'
import {
  asModel,
  evaluateTagger,
  trainPass,
  trainPasses,
  trainingContext,
  TRAINING_DEFAULTS,
  type TrainModelOptions
} from '../actors/tagger/train-model.ts'
import {DEFAULT_WORD_CLASSES, readWordClassesFile, type WordClassesData} from '../actors/tagger/word-classes.ts'
import {wholeNumberOption} from './number-option.ts'

const usage = `Usage: npm run ner:dev -- [--folds 1,5,9] [--first-pass] [options]

  --folds <list>         tenths of the training file to hold out in turn, 0..9 (default: 1,5,9)
  --first-pass           train and score the first pass only (fast; no document features)
  --train <file>         CoNLL training data (default: ../shared/ner/anercorp_train.conll)
  --actors <dir>         actor registry for the gazetteer (default: content/actors)
  --word-classes <file>  word-class table (default: the committed one); \`none\` for no class features
  --columns <list>       only these columns of the word-class table
  --epochs <a,b>         epochs of the first and the second pass (default: ${TRAINING_DEFAULTS.firstPassEpochs},${TRAINING_DEFAULTS.secondPassEpochs})
  --min-count <n>        keep features seen at least n times (default: ${TRAINING_DEFAULTS.minFeatureCount})
  --help                 show this help`

/** The table with only the listed columns. */
function selectColumns(table: WordClassesData, columns: string[], file: string): WordClassesData {
  const values = columns.map((column) => {
    const index = table.columns.indexOf(column)
    if (index < 0) throw new TypeError(`--columns: no column \`${column}\` in ${file} (it has ${table.columns.join(', ')})`)
    return table.values[index]
  })
  return {columns, words: table.words, values}
}

function runNerDevCli(args: string[]): void {
  const {values} = parseArgs({
    args,
    options: {
      folds: {type: 'string', default: '1,5,9'},
      'first-pass': {type: 'boolean', default: false},
      train: {type: 'string', default: '../shared/ner/anercorp_train.conll'},
      actors: {type: 'string', default: 'content/actors'},
      'word-classes': {type: 'string', default: DEFAULT_WORD_CLASSES},
      columns: {type: 'string'},
      epochs: {type: 'string'},
      'min-count': {type: 'string'},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const folds = values.folds.split(',').map(Number)
  if (folds.some((fold) => !Number.isInteger(fold) || fold < 0 || fold > 9)) {
    throw new TypeError(`--folds: expected tenths 0..9, not \`${values.folds}\``)
  }
  const sentences = readConllFile(values.train)
  let wordClasses = values['word-classes'] === 'none' ? undefined : readWordClassesFile(values['word-classes'])
  if (wordClasses && values.columns) wordClasses = selectColumns(wordClasses, values.columns.split(','), values['word-classes'])
  const firstPassOnly = values['first-pass']
  const options: TrainModelOptions = {
    ...TRAINING_DEFAULTS,
    sentences,
    gazetteer: trainingGazetteer(values.actors).toData(),
    wordClasses,
    devShare: 0.1,
    source: values.train
  }
  if (values.epochs) [options.firstPassEpochs, options.secondPassEpochs] = values.epochs.split(',').map((epochs) => wholeNumberOption(epochs, '--epochs', 1))
  if (values['min-count']) options.minFeatureCount = wholeNumberOption(values['min-count'], '--min-count', 1)
  const context = trainingContext(options)

  const totals = new Map<string, number>()
  for (const fold of folds) {
    const from = Math.round((sentences.length * fold) / 10)
    const to = Math.round((sentences.length * (fold + 1)) / 10)
    const train = [...sentences.slice(0, from), ...sentences.slice(to)]
    const started = performance.now()
    let tagger: Tagger
    if (firstPassOnly) {
      const weights = trainPass(train, context, options, options.firstPassEpochs)
      tagger = new Tagger(asModel({firstPass: weights, secondPass: weights}, options))
    } else {
      tagger = new Tagger(asModel(trainPasses(train, context, options), options))
    }
    const evaluation = evaluateTagger(tagger, sentences.slice(from, to))
    const scores = [evaluation.micro, ...evaluation.byType]
    for (const score of scores) totals.set(score.type, (totals.get(score.type) ?? 0) + score.f1)
    const percent = (value: number) => (100 * value).toFixed(1)
    console.log(
      `fold ${fold}: ${scores.map((score) => `${score.type} ${percent(score.f1)}`).join(', ')}` +
        ` (P ${percent(evaluation.micro.precision)} R ${percent(evaluation.micro.recall)};` +
        ` ${((performance.now() - started) / 1000).toFixed(0)} s)`
    )
  }
  console.log(`mean: ${[...totals].map(([type, sum]) => `${type} ${((100 * sum) / folds.length).toFixed(2)}`).join(', ')}`)
}

if (import.meta.main) {
  try {
    runNerDevCli(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? `ner:dev: ${error.message}` : error)
    process.exitCode = 1
  }
}
