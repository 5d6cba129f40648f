/**
 * `npm run eval:search -- [--dist <built corpus site> | --seeds <corpus>] [--analyzers stock,proclitics,…] [options]`
 *
 * Evaluation of Arabic matching (not a test: it needs the corpus in
 * ../shared): builds the corpus site (or takes a built one), builds
 * variant queries from its own articles (each target page has only a
 * variant of the query's word), builds one index per analyzer next to the
 * site, runs every query through the search module and prints, per
 * variant class and analyzer, how often the target is found at all and in
 * the first ten, and how many results a query returns (mean and median);
 * then lists each arshif analyzer's misses (target not in the first ten).
 */
import {access, readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {DIACRITICS, TATWEEL} from '../../src/shared/arabic/characters.ts'
import {wordTokens} from '../../src/shared/search/analyze.ts'
import {ANALYZERS, isAnalyzerName, type AnalyzerName} from '../../src/shared/search/analyzers.ts'
import type {PagefindRanking} from '../../src/shared/search/pagefind-api.ts'
import {buildSearchIndex} from '../search/build-index.ts'
import {openDistSearch} from '../search/open-dist.ts'
import {readPage} from '../search/read-page.ts'
import {fragmentUrls} from './fragment-urls.ts'
import {corpusSite, CORPUS_SITE_ARGS, CORPUS_SITE_USAGE} from './search-corpus-site.ts'
import {variantQueries, type EvalDocument, type VariantQuery} from './variant-queries.ts'

const usage = `Usage: npm run eval:search -- [options]

${CORPUS_SITE_USAGE}
  --analyzers <list>     comma-separated: stock, stock-rewrite (stock index, query cleaned of diacritics,
                         kashida and punctuation) and/or ${Object.keys(ANALYZERS).join(', ')} (default: stock,proclitics)
  --per-class <n>        queries per variant class, at most (default: 120)
  --max-pages <n>        skip words whose family is in more pages (default: 10)
  --seed <n>             which sample of each class's candidates to query (default: 1)
  --write-queries <file> also write the queries, one a line, for npm run search -- --queries
  --details <file>       also write each query's outcome per analyzer, one JSON object a line
  --term-similarity <n>  Pagefind's termSimilarity ranking weight for every analyzer (default: each index's own)
  --diacritic-similarity <n>  Pagefind's diacriticSimilarity: the boost of a word spelled as typed (default: each index's own)
  --keep-indexes         reuse indexes a previous run left in <dist>/pagefind-eval-<analyzer>
  --help                 show this help`

interface Outcome {
  query: VariantQuery
  total: number
  /** 0-based rank of the target, or -1. */
  rank: number
  /** URLs of the first three results. */
  top: string[]
}

const exists = (file: string) => access(file).then(() => true, () => false)

async function main(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {
      ...CORPUS_SITE_ARGS,
      analyzers: {type: 'string', default: 'stock,proclitics'},
      'per-class': {type: 'string', default: '120'},
      'max-pages': {type: 'string', default: '10'},
      seed: {type: 'string', default: '1'},
      'write-queries': {type: 'string'},
      details: {type: 'string'},
      'term-similarity': {type: 'string'},
      'diacritic-similarity': {type: 'string'},
      'keep-indexes': {type: 'boolean', default: false},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const analyzers = values.analyzers.split(',').map((name) => name.trim())
  for (const name of analyzers) {
    if (name !== 'stock' && name !== 'stock-rewrite' && !isAnalyzerName(name)) throw new Error(`Unknown analyzer \`${name}\`\n\n${usage}`)
  }
  const dist = values.dist ?? (await corpusSite({seeds: values.seeds, work: values.work, rebuild: values['rebuild-site']}))
  const documents = await readArticles(dist)
  const queries = variantQueries(documents, {
    perClass: Number(values['per-class']),
    maxPages: Number(values['max-pages']),
    seed: Number(values.seed)
  })
  console.error(`eval: ${queries.length} queries over ${documents.length} articles`)
  if (values['write-queries']) {
    await writeFile(values['write-queries'], queries.map((query) => query.query).join('\n') + '\n')
  }
  const outcomes = new Map<string, Outcome[]>()
  for (const name of analyzers as Array<AnalyzerName | 'stock' | 'stock-rewrite'>) {
    // Query rewriting alone: Pagefind's own index, the query cleaned before it is searched.
    const analyzer = name === 'stock-rewrite' ? 'stock' : name
    const rewrite = name === 'stock-rewrite' ? cleanQuery : (query: string) => query
    const bundle = `pagefind-eval-${analyzer}`
    const built = outcomes.has(analyzer) || (values['keep-indexes'] && (await exists(path.join(dist, bundle, 'pagefind.js'))))
    if (!built) {
      const index = await buildSearchIndex(dist, {analyzer, outputPath: path.join(dist, bundle)})
      console.error(`eval: ${analyzer}: indexed ${index.pages} pages in ${index.seconds.toFixed(1)} s`)
    }
    const weights: PagefindRanking = {
      ...(values['term-similarity'] ? {termSimilarity: Number(values['term-similarity'])} : {}),
      ...(values['diacritic-similarity'] ? {diacriticSimilarity: Number(values['diacritic-similarity'])} : {})
    }
    const ranking = Object.keys(weights).length > 0 ? weights : undefined
    outcomes.set(name, await runQueries(dist, bundle, queries, rewrite, ranking))
  }
  console.log(report(queries, outcomes, documents.length))
  for (const [name, list] of outcomes) {
    if (!name.startsWith('stock')) console.log(`\n${misses(name, list)}`)
  }
  if (values.details) {
    const lines = [...outcomes].flatMap(([analyzer, list]) =>
      list.map((outcome) => JSON.stringify({analyzer, ...outcome.query, rank: outcome.rank, total: outcome.total, top: outcome.top}))
    )
    await writeFile(values.details, lines.join('\n') + '\n')
  }
}

async function readArticles(dist: string): Promise<EvalDocument[]> {
  const folder = path.join(dist, 'articles')
  const documents: EvalDocument[] = []
  for (const id of (await readdir(folder)).sort()) {
    const page = readPage(await readFile(path.join(folder, id, 'index.html'), 'utf8'))
    if (page) documents.push({url: `/articles/${id}/`, text: page.blocks.map((block) => block.text).join('\n')})
  }
  return documents
}

/** A query as a rewrite would send it to Pagefind's own index: words without diacritics and kashida, punctuation dropped. */
function cleanQuery(query: string): string {
  return wordTokens(query)
    .map((token) => token.text.replace(DIACRITICS, '').replaceAll(TATWEEL, ''))
    .join(' ')
}

async function runQueries(
  dist: string,
  bundle: string,
  queries: VariantQuery[],
  rewrite: (query: string) => string,
  ranking?: PagefindRanking
): Promise<Outcome[]> {
  const urls = await fragmentUrls(path.join(dist, bundle))
  const search = await openDistSearch(dist, {bundle, ranking})
  try {
    const outcomes: Outcome[] = []
    for (const query of queries) {
      const response = await search.search(rewrite(query.query), {limit: 0})
      const rank = response.ids.findIndex((id) => urls.get(id) === query.target)
      outcomes.push({query, total: response.total, rank, top: response.ids.slice(0, 3).map((id) => urls.get(id) ?? id)})
    }
    return outcomes
  } finally {
    await search.close()
  }
}

function report(queries: VariantQuery[], outcomes: Map<string, Outcome[]>, pages: number): string {
  const variants = [...new Set(queries.map((query) => query.variant))]
  const names = [...outcomes.keys()]
  const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`)
  const row = (label: string, count: number, pick: (outcome: Outcome) => boolean) => {
    const cells = names.flatMap((name) => {
      const list = outcomes.get(name)!.filter(pick)
      const found = list.filter((outcome) => outcome.rank >= 0).length
      const top = list.filter((outcome) => outcome.rank >= 0 && outcome.rank < 10).length
      const {mean, median} = resultCounts(list)
      return [percent(found, list.length), percent(top, list.length), mean.toFixed(1), String(median)]
    })
    return `| ${label} | ${count} | ${cells.join(' | ')} |`
  }
  const lines = [
    `| variant | queries | ${names.map((name) => `${name}: found | top 10 | results mean | median`).join(' | ')} |`,
    `|---|---:|${names.map(() => '---:|---:|---:|---:').join('|')}|`,
    ...variants.map((variant) =>
      row(variant, queries.filter((query) => query.variant === variant).length, (outcome) => outcome.query.variant === variant)
    ),
    row('**all**', queries.length, () => true)
  ]
  const summary = names.map((name) => {
    const {mean, median, max} = resultCounts(outcomes.get(name)!)
    return `${name}: results per query mean ${mean.toFixed(1)}, median ${median}, max ${max} (${percent(max, pages)} of ${pages} articles)`
  })
  return [...lines, '', ...summary].join('\n')
}

/** Mean, median and largest number of results of the outcomes' queries. */
function resultCounts(outcomes: Outcome[]): {mean: number; median: number; max: number} {
  const totals = outcomes.map((outcome) => outcome.total).sort((a, b) => a - b)
  return {
    mean: totals.reduce((sum, total) => sum + total, 0) / Math.max(1, totals.length),
    median: totals[Math.floor(totals.length / 2)] ?? 0,
    max: totals.at(-1) ?? 0
  }
}

/** The queries whose target is not in the first ten, by class: what to look at next. */
function misses(analyzer: string, outcomes: Outcome[]): string {
  const missed = outcomes.filter((outcome) => outcome.rank < 0 || outcome.rank >= 10)
  const lines = missed.map(({query, rank, total, top}) => {
    const place = rank < 0 ? 'not found' : `rank ${rank + 1}`
    return `- ${query.variant}: ${query.query} (page: ${query.form}, ${query.target}): ${place} of ${total}; first: ${top.join(' ')}`
  })
  return [`${analyzer}: ${missed.length} misses`, ...lines].join('\n')
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
