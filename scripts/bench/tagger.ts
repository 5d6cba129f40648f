/**
 * `npm run bench:tagger -- [--input <jsonl or conll>] [--limit <documents>]`
 *
 * Prints how fast the named-entity tagger loads and tags, on one thread.
 * Input: the ANT corpus extract (`../shared/corpus/ant-2018-dev.jsonl`,
 * articles' paragraphs tokenized with `tokenize`, one document an article)
 * when it is there, else ANERcorp's test file, else a tiny built-in
 * sample. Tokenizing is done before the clock starts. A benchmark, not a
 * test: it prints numbers.
 */
import {existsSync, readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {tokenize} from '../../src/shared/arabic/tokenize.ts'
import {readConllFile} from '../actors/tagger/conll.ts'
import {DEFAULT_CORPUS, readArticleDocuments} from '../actors/tagger/read-corpus.ts'
import {DEFAULT_MODEL, loadTagger} from '../actors/tagger/tagger.ts'
import {toDocuments} from '../actors/tagger/train-model.ts'

const ANERCORP_TEST = '../shared/ner/anercorp_test.conll'

/** Used when neither shared file is there: a few sentences written for this benchmark. */
const SAMPLE = [
  'قال وزير الخارجية الأمريكي مايك بومبيو في واشنطن إن الولايات المتحدة تدعم جهود الأمم المتحدة في ليبيا.',
  'وأضاف أن اللواء المتقاعد خليفة حفتر يجب أن يوقف الهجوم على طرابلس فورا.',
  'من جهته، دعا الاتحاد الأوروبي إلى وقف إطلاق النار، فيما عقد مجلس الأمن جلسة طارئة في نيويورك.'
]

type Document = string[][]

const tokensOf = (text: string) => tokenize(text).map((token) => token.text)

function readDocuments(input: string | undefined, limit: number): {source: string; documents: Document[]} {
  const file = input ?? (existsSync(DEFAULT_CORPUS) ? DEFAULT_CORPUS : existsSync(ANERCORP_TEST) ? ANERCORP_TEST : undefined)
  if (!file) return {source: 'built-in sample (3 sentences, repeated 1000 times)', documents: Array(1000).fill(SAMPLE.map(tokensOf))}
  if (file.endsWith('.conll')) {
    const documents = toDocuments(readConllFile(file).map((sentence) => sentence.tokens)).slice(0, limit)
    return {source: file, documents}
  }
  return {source: file, documents: readArticleDocuments(file, limit)}
}

const {values} = parseArgs({
  options: {
    input: {type: 'string'},
    limit: {type: 'string', default: String(Number.MAX_SAFE_INTEGER)}
  }
})

// Wall-clock and CPU time: on a shared machine the CPU time says what the code costs.
const loads: number[] = []
const loadCpu: number[] = []
const firstStarted = performance.now()
let tagger = loadTagger()
const firstLoad = performance.now() - firstStarted
for (let run = 0; run < 5; run++) {
  const started = performance.now()
  const cpu = process.cpuUsage()
  tagger = loadTagger()
  loads.push(performance.now() - started)
  loadCpu.push(process.cpuUsage(cpu).user / 1000)
}
const {source, documents} = readDocuments(values.input, Number(values.limit))
const tokens = documents.reduce((sum, document) => sum + document.reduce((count, sentence) => count + sentence.length, 0), 0)
const started = performance.now()
const cpu = process.cpuUsage()
let entities = 0
for (const document of documents) {
  for (const tags of tagger.tagDocument(document)) for (const tag of tags) if (tag.startsWith('B-')) entities++
}
const seconds = (performance.now() - started) / 1000
const cpuSeconds = process.cpuUsage(cpu).user / 1e6
const median = (values: number[]) => values.sort((a, b) => a - b)[2]

console.log(`input: ${source}`)
console.log(`model: ${DEFAULT_MODEL} (${(readFileSync(DEFAULT_MODEL).length / 1024 / 1024).toFixed(2)} MiB)`)
console.log(`load: first ${firstLoad.toFixed(0)} ms wall (cold code); then ${median(loads).toFixed(0)} ms wall, ${median(loadCpu).toFixed(0)} ms CPU (median of 5)`)
console.log(`tagged: ${documents.length} documents, ${tokens} tokens, ${entities} entities in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU`)
console.log(`speed: ${Math.round(tokens / seconds)} tokens/s wall, ${Math.round(tokens / cpuSeconds)} tokens/s CPU, on one thread`)
console.log(`peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (resident)`)
