import {createHash} from 'node:crypto'
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Everything whose change must make every article be processed again:
 * the ingest code, the shared Arabic tools and schemas, the actor stage
 * and its data.
 */
const PIPELINE_PATHS = ['scripts/ingest', 'scripts/actors', 'src/shared', 'content/actors']

/**
 * A hash of the pipeline's code and data. Part of every article's change
 * hash, so that an edit to a cleaning rule or the actor registry
 * re-processes unchanged seeds while an unchanged pipeline skips them.
 */
export async function pipelineFingerprint(): Promise<string> {
  const hash = createHash('sha256')
  for (const relative of PIPELINE_PATHS) {
    let entries
    try {
      entries = await readdir(path.join(root, relative), {recursive: true, withFileTypes: true})
    } catch {
      continue
    }
    const files = entries
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
    for (const file of files) {
      hash.update(path.relative(root, file)).update('\0').update(await readFile(file)).update('\0')
    }
  }
  return hash.digest('hex')
}
