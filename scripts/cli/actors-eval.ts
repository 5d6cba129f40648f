/**
 * `npm run actors:eval -- --gold <file> [--content <dir>] [--corpus <file>] [--misses]`
 *
 * Scores the archive's actor lists against a gold file annotated by hand
 * (`../shared/actors/GUIDELINE.md`): precision, recall and F1 per type and
 * overall. The system's actors come from `<content>/articles/<id>.md`, or,
 * without `--content`, from ingesting the gold articles from the corpus
 * (the real ingest, in a temporary folder). The last line is
 * `actors P 0.xx R 0.xx F1 0.xx`.
 */
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {GoldArticleSchema, rates, scoreActors, type Counts, type GoldArticle, type SystemActor} from '../actors/eval/score-actors.ts'
import {DEFAULT_CORPUS, readJsonLines, recordIdOf} from '../actors/tagger/read-corpus.ts'
import {ingest} from '../ingest/run-ingest.ts'
import {parseArticleFile} from '../../src/site/content/article-file.ts'
import {ActorTypeSchema} from '../../src/shared/schemas/actor.ts'
import {parseWithFriendlyErrors} from '../../src/shared/schemas/friendly-errors.ts'

const usage = `Usage: npm run actors:eval -- --gold <file> [--content <dir>] [--corpus <file>] [--misses]

  --gold <file>     gold actors, JSON Lines {id, actors: [{canonical, type, forms}]}
  --content <dir>   read the articles' actors from <dir>/articles/ (default: ingest
                    the gold articles from --corpus into a temporary folder)
  --corpus <file>   the JSONL corpus the gold articles come from (default: ${DEFAULT_CORPUS})
  --misses          list, per article, the gold actors missed and the actors that matched none
  --help            show this help`

async function main(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {
      gold: {type: 'string'},
      content: {type: 'string'},
      corpus: {type: 'string', default: DEFAULT_CORPUS},
      misses: {type: 'boolean', default: false},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help || !values.gold) {
    console.log(usage)
    if (!values.gold && !values.help) process.exitCode = 1
    return
  }
  const gold = readGold(values.gold)
  const system = values.content ? await readSystem(values.content, gold) : await ingestGoldArticles(values.corpus, gold)
  const score = scoreActors(gold, system)
  if (values.misses) {
    for (const article of score.articles) {
      if (article.missed.length + article.spurious.length === 0) continue
      console.log(`${article.id}\n  missed: ${article.missed.join('، ')}\n  spurious: ${article.spurious.join('، ')}`)
    }
  }
  console.log(`${gold.length} articles`)
  console.log('type          P     R     F1    gold  system')
  for (const type of ActorTypeSchema.options) console.log(row(type, score.byType[type]))
  console.log(row('all', score.overall))
  const {precision, recall, f1} = rates(score.overall)
  console.log(`actors P ${precision.toFixed(2)} R ${recall.toFixed(2)} F1 ${f1.toFixed(2)}`)
}

function row(label: string, counts: Counts): string {
  const {precision, recall, f1} = rates(counts)
  return `${label.padEnd(13)} ${[precision, recall, f1].map((rate) => rate.toFixed(3)).join(' ')} ${String(counts.gold).padStart(5)} ${String(counts.system).padStart(7)}`
}

function readGold(file: string): GoldArticle[] {
  return readJsonLines<unknown>(file).map(({record, line}) => parseWithFriendlyErrors(GoldArticleSchema, record, `${file}:${line}`))
}

/** The actors the ingest wrote for the gold articles. */
async function readSystem(content: string, gold: GoldArticle[]): Promise<Map<string, SystemActor[]>> {
  const system = new Map<string, SystemActor[]>()
  for (const {id} of gold) {
    const file = path.join(content, 'articles', `${id}.md`)
    const text = await readFile(file, 'utf8').catch(() => {
      throw new Error(`${file}: not found (is ${id} ingested into ${content}?)`)
    })
    system.set(id, parseArticleFile(text, file, id).data.actors)
  }
  return system
}

/** Ingest only the gold articles, from the corpus, into a temporary content folder, and read their actors. */
async function ingestGoldArticles(corpus: string, gold: GoldArticle[]): Promise<Map<string, SystemActor[]>> {
  const wanted = new Set(gold.map((article) => article.id))
  const records = (await readFile(corpus, 'utf8')).split('\n').filter((line) => wanted.has(recordIdOf(line) ?? ''))
  const work = await mkdtemp(path.join(tmpdir(), 'arshif-actors-eval-'))
  try {
    await writeFile(path.join(work, 'gold.jsonl'), `${records.join('\n')}\n`)
    const result = await ingest({seeds: path.join(work, 'gold.jsonl'), out: path.join(work, 'content')})
    for (const message of result.messages) if (message.severity === 'error') console.error(`${message.file}:${message.line}: ${message.reason}`)
    return await readSystem(path.join(work, 'content'), gold)
  } finally {
    await rm(work, {recursive: true, force: true})
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`actors:eval: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
