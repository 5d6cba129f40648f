/**
 * `npm run actors -- [--content <dir>] [--limit <n>] [--forms <n>] [--json]`
 *
 * Lists the archive's actors, most frequent first, with their article and
 * mention counts, types, and the forms the text uses for them: for editors
 * checking the registry and the tagger.
 */
import {parseArgs} from 'node:util'
import {formatSummary} from '../actors/report/format-summary.ts'
import {summarizeActors} from '../actors/report/summarize-actors.ts'
import {wholeNumberOption} from './number-option.ts'

const usage = `Usage: npm run actors -- [--content <dir>] [--limit <n>] [--forms <n>] [--json]

  --content <dir>  content folder written by the ingest (default: content)
  --limit <n>      list only the n most frequent actors (default: all)
  --forms <n>      forms shown per actor (default: 8)
  --json           print the summary as JSON
  --help           show this help`

async function main(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {
      content: {type: 'string', default: 'content'},
      limit: {type: 'string'},
      forms: {type: 'string'},
      json: {type: 'boolean', default: false},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const limit = values.limit === undefined ? undefined : wholeNumberOption(values.limit, '--limit')
  const forms = values.forms === undefined ? undefined : wholeNumberOption(values.forms, '--forms')
  const summary = await summarizeActors(values.content)
  if (values.json) {
    console.log(JSON.stringify({...summary, actors: summary.actors.slice(0, limit)}, null, 1))
    return
  }
  console.log(formatSummary(summary, {limit, forms}).join('\n'))
}

if (import.meta.main) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code
    console.error(`actors: ${error instanceof Error ? (code === 'ENOENT' ? `cannot read ${(error as NodeJS.ErrnoException).path}: no such folder` : error.message) : String(error)}`)
    process.exitCode = 1
  })
}
