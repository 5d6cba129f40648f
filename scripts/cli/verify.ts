/**
 * `npm run verify -- [--content <dir>] [--dist <dir>]`
 *
 * What an archivist checks before publishing: rereads every article of the
 * content folder and every file of the built site, and reports each one
 * changed, missing or added since the ingest or the build wrote it (against
 * the SHA-256s in `content/.ingest-manifest.json` and
 * `dist/manifest-sha256.txt`). One line per problem, then a summary per
 * folder; status 1 when anything differs or was never recorded.
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {verifyContent, verifyDist, type FolderCheck} from '../fixity/verify.ts'

const usage = `Usage: npm run verify -- [--content <dir>] [--dist <dir>]

  --content <dir>   the content folder the ingest wrote (default: content)
  --dist <dir>      the built site (default: dist)`

const SINCE = {changed: 'changed since it was written', missing: 'missing', added: 'added since it was written (not recorded)'}

async function main(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {content: {type: 'string', default: 'content'}, dist: {type: 'string', default: 'dist'}, help: {type: 'boolean', default: false}}
  })
  if (values.help) return console.log(usage)
  const checks = [await verifyContent(values.content), await verifyDist(values.dist)]
  for (const check of checks) {
    if (check.unrecorded) console.error(check.unrecorded)
    for (const {file, problem} of check.problems) console.error(`${path.join(check.folder, file)}: ${SINCE[problem]}`)
  }
  for (const check of checks) console.log(summary(check))
  if (checks.some((check) => check.unrecorded || check.problems.length > 0)) process.exitCode = 1
}

function summary({folder, files, problems}: FolderCheck): string {
  const count = (kind: keyof typeof SINCE) => problems.filter(({problem}) => problem === kind).length
  return `verify: ${folder}/: ${files} files recorded, ${count('changed')} changed, ${count('missing')} missing, ${count('added')} added`
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`verify: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
