/**
 * `npm run ingest -- [--seeds <dir or file>] [--out <dir>] [--strict]`
 *
 * Turns seeds into Markdown articles under `<out>/articles/`. Prints one
 * line per problem on stderr and a summary line on stdout. Exits non-zero
 * when the run cannot start, or with `--strict` when any input failed.
 */
import {parseArgs} from 'node:util'
import {STORIES_FILE} from '../../src/shared/schemas/story.ts'
import {ingest, type IngestResult} from '../ingest/run-ingest.ts'
import {formatMessage, IngestError} from '../ingest/messages.ts'
import {progressBar} from '../ingest/progress.ts'

const usage = `Usage: npm run ingest -- [--seeds <dir or file>] [--out <dir>] [--strict]

  --seeds <path>  folder of seeds (.txt, .md, .jsonl; searched recursively) or one file (default: seeds)
  --out <dir>     content folder; articles go to <dir>/articles (default: content)
  --strict        exit with status 1 if any input failed
  --help          show this help`

/**
 * Ingest with a progress bar on stderr, one line per problem on stderr,
 * and the summary line on stdout. Shared by `ingest` and `build`.
 */
export async function ingestWithReport(options: {seeds: string; out: string; registry?: string}): Promise<IngestResult> {
  const progress = progressBar(process.stderr, 'ingest')
  const result = await ingest({
    ...options,
    onProgress: progress.update,
    onMessage(message) {
      progress.done()
      console.error(formatMessage(message))
    }
  })
  progress.done()
  console.log(
    `ingest: ${result.written} written${result.titleOnly > 0 ? ` (${result.titleOnly} title-only)` : ''}, ${result.unchanged} unchanged, ${result.failed} failed, ` +
      `${result.removed} removed${result.archiveUpdated > 0 ? `, ${result.archiveUpdated} updated by the archive pass` : ''} in ${result.seconds.toFixed(1)} s (${options.out}/articles)`
  )
  const {stories} = result
  console.log(`stories: ${stories.stories} stories of ${stories.articles} articles${stories.unchanged ? ', unchanged' : ''} (${options.out}/${STORIES_FILE})`)
  return result
}

async function runIngestCli(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {
      seeds: {type: 'string', default: 'seeds'},
      out: {type: 'string', default: 'content'},
      strict: {type: 'boolean', default: false},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const result = await ingestWithReport({seeds: values.seeds, out: values.out})
  if (values.strict && result.failed > 0) process.exitCode = 1
}

if (import.meta.main) {
  runIngestCli(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof IngestError || error instanceof TypeError ? `ingest: ${error.message}` : error)
    process.exitCode = 1
  })
}
