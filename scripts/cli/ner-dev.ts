/**
 * `npm run ner:dev -- [--train <conll>] [--actors <dir>] [--folds 1,5,9] [--first-pass] [--word-classes <tsv> [--columns a,b]]`
 *
 * Scores the training recipe without the test file: for each listed tenth
 * of the training file, trains on the other nine tenths and tags the held
 * tenth. Prints each fold's and the mean micro F1 (and per type). This is
 * the number to tune features and training on; `ner:eval` on the test
 * file is for reporting only.
 */
import {parseArgs} from 'node:util'
import {readConllFile} from '../actors/tagger/conll.ts'
import {Tagger} from '../actors/tagger/tagger.ts'
import {DEFAULT_WORD_CLASSES, readWordClassesFile} from '../actors/tagger/word-classes.ts'
import {trainingGazetteer} from '../actors/tagger/train-gazetteer.ts'
import {asModel, evaluateTagger, trainPass, trainPasses, trainingContext, TRAINING_DEFAULTS} from '../actors/tagger/train-model.ts'

const {values} = parseArgs({
  options: {
    train: {type: 'string', default: '../shared/ner/anercorp_train.conll'},
    actors: {type: 'string', default: 'content/actors'},
    folds: {type: 'string', default: '1,5,9'},
    'first-pass': {type: 'boolean', default: false},
    'word-classes': {type: 'string', default: DEFAULT_WORD_CLASSES},
    columns: {type: 'string'},
    epochs: {type: 'string'},
    'min-count': {type: 'string'}
  }
})
const sentences = readConllFile(values.train)
const gazetteer = trainingGazetteer(values.actors).toData()
// `--word-classes none`: without class features, to measure what they add.
let wordClasses = values['word-classes'] === 'none' ? undefined : readWordClassesFile(values['word-classes'])
if (wordClasses && values.columns) {
  // Only the listed columns, for measuring what each adds.
  const keep = values.columns.split(',')
  const table = wordClasses
  wordClasses = {
    columns: keep,
    words: table.words,
    values: keep.map((column) => {
      const index = table.columns.indexOf(column)
      if (index < 0) throw new Error(`--columns: no column \`${column}\` in ${values['word-classes']}`)
      return table.values[index]
    })
  }
}
const options = {...TRAINING_DEFAULTS, sentences, gazetteer, wordClasses, devShare: 0.1, source: values.train}
if (values.epochs) [options.firstPassEpochs, options.secondPassEpochs] = values.epochs.split(',').map(Number)
if (values['min-count']) options.minFeatureCount = Number(values['min-count'])
const context = trainingContext(options)
const folds = values.folds.split(',').map(Number)
const totals = new Map<string, number>()
for (const fold of folds) {
  const from = Math.round((sentences.length * fold) / 10)
  const to = Math.round((sentences.length * (fold + 1)) / 10)
  const train = [...sentences.slice(0, from), ...sentences.slice(to)]
  const dev = sentences.slice(from, to)
  const started = performance.now()
  let tagger: Tagger
  if (values['first-pass']) {
    const weights = trainPass(train, context, options, options.firstPassEpochs)
    tagger = new Tagger(asModel(weights, weights, gazetteer, wordClasses))
  } else {
    const passes = trainPasses(train, context, options)
    tagger = new Tagger(asModel(passes.firstPass, passes.secondPass, gazetteer, wordClasses))
  }
  const evaluation = evaluateTagger(tagger, dev)
  const scores = [evaluation.micro, ...evaluation.byType]
  for (const score of scores) totals.set(score.type, (totals.get(score.type) ?? 0) + score.f1)
  console.log(
    `fold ${fold}: ` + scores.map((score) => `${score.type} ${(100 * score.f1).toFixed(1)}`).join(', ') +
      ` (P ${(100 * evaluation.micro.precision).toFixed(1)} R ${(100 * evaluation.micro.recall).toFixed(1)};` +
      ` ${((performance.now() - started) / 1000).toFixed(0)} s)`
  )
}
console.log(`mean: ` + [...totals].map(([type, sum]) => `${type} ${((100 * sum) / folds.length).toFixed(2)}`).join(', '))
