/**
 * `npm run ner:train -- [--train <conll>] [--actors <dir>] [--word-classes <tsv>] [--out <model>] [--seed <n>]`
 *
 * Trains the named-entity tagger on a CoNLL file (default: ANERcorp's
 * training part) with the gazetteer of `train-gazetteer.ts`, the actor
 * registry and the word-class table, and writes the model. Deterministic: the same data give a
 * byte-identical model. Prints dev scores per epoch on stderr.
 */
import {writeFileSync, renameSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {readConllFile} from '../actors/tagger/conll.ts'
import {modelToBuffer} from '../actors/tagger/model-file.ts'
import {DEFAULT_MODEL} from '../actors/tagger/tagger.ts'
import {trainingGazetteer} from '../actors/tagger/train-gazetteer.ts'
import {trainModel, TRAINING_DEFAULTS} from '../actors/tagger/train-model.ts'
import {DEFAULT_WORD_CLASSES, readWordClassesFile} from '../actors/tagger/word-classes.ts'
import {wholeNumberOption} from './number-option.ts'

const DEFAULT_SEED = TRAINING_DEFAULTS.seed

const usage = `Usage: npm run ner:train -- [--train <conll>] [--actors <dir>] [--word-classes <tsv>] [--out <model>] [--seed <n>]

  --train <file>   CoNLL training data (default: ../shared/ner/anercorp_train.conll)
  --actors <dir>   actor registry whose names join the gazetteer (default: content/actors)
  --word-classes <file>  word-class table (default: the committed one, ${DEFAULT_WORD_CLASSES})
  --out <file>     model file to write (default: the committed model, ${DEFAULT_MODEL})
  --seed <n>       seed of the sentence order (default: ${DEFAULT_SEED})
  --help           show this help`

function runNerTrainCli(args: string[]): void {
  const {values} = parseArgs({
    args,
    options: {
      train: {type: 'string', default: '../shared/ner/anercorp_train.conll'},
      actors: {type: 'string', default: 'content/actors'},
      'word-classes': {type: 'string', default: DEFAULT_WORD_CLASSES},
      out: {type: 'string', default: DEFAULT_MODEL},
      seed: {type: 'string', default: String(DEFAULT_SEED)},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const started = performance.now()
  const sentences = readConllFile(values.train)
  const gazetteer = trainingGazetteer(values.actors).toData()
  console.error(`gazetteer: ${gazetteer.words.length} words, ${gazetteer.names.length} multi-word names`)
  const wordClasses = readWordClassesFile(values['word-classes'])
  const model = trainModel({
    sentences,
    gazetteer,
    wordClasses,
    ...TRAINING_DEFAULTS,
    seed: wholeNumberOption(values.seed, '--seed', 1),
    devShare: 0.1,
    source: 'ANERcorp (Benajiba, Rosso, Benedí 2007), CAMeL Lab split, training part; CC BY-SA 4.0',
    log: (line) => console.error(line)
  })
  const bytes = modelToBuffer(model)
  const temporary = `${values.out}.tmp-${process.pid}`
  writeFileSync(temporary, bytes)
  renameSync(temporary, values.out)
  const seconds = (performance.now() - started) / 1000
  const features = model.firstPass.keys.length + model.secondPass.keys.length
  console.log(`ner:train: ${features} features, ${(bytes.length / 1024 / 1024).toFixed(2)} MiB, written to ${values.out} in ${seconds.toFixed(1)} s`)
}

if (import.meta.main) {
  try {
    runNerTrainCli(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error && !(error.cause instanceof Error && !(error instanceof TypeError)) ? `ner:train: ${error.message}` : error)
    process.exitCode = 1
  }
}
