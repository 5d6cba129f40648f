/**
 * `npm run ner:eval -- <conll file> [--model <file>]`
 *
 * Tags the tokens of a CoNLL file, sentence by sentence as the file gives
 * them, with the committed tagger (or `--model`), and prints conlleval-style
 * entity-level precision, recall and F1 per type and micro-averaged. The
 * last line is `micro F1 0.xxx`.
 */
import {parseArgs} from 'node:util'
import {readConllFile} from '../actors/tagger/conll.ts'
import {formatEvaluation} from '../actors/tagger/evaluate.ts'
import {loadTagger} from '../actors/tagger/tagger.ts'
import {evaluateTagger} from '../actors/tagger/train-model.ts'

const usage = `Usage: npm run ner:eval -- <conll file> [--model <file>]

  <conll file>    one token<TAB>tag a line, a blank line between sentences
  --model <file>  tagger model (default: the committed one)
  --help          show this help`

function runNerEvalCli(args: string[]): void {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      model: {type: 'string'},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }
  if (positionals.length !== 1) throw new TypeError(`expected one CoNLL file, not ${positionals.length}\n\n${usage}`)
  const sentences = readConllFile(positionals[0])
  const tagger = loadTagger({model: values.model})
  console.log(formatEvaluation(evaluateTagger(tagger, sentences)))
}

if (import.meta.main) {
  try {
    runNerEvalCli(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? `ner:eval: ${error.message}` : error)
    process.exitCode = 1
  }
}
