import {createHash} from 'node:crypto'
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Everything whose change must make every article be processed again:
 * the ingest code, the shared Arabic tools and schemas, the actor stage
 * (and, added per run, its registry).
 */
const PIPELINE_PATHS = ['scripts/ingest', 'scripts/actors', 'src/shared']

/**
 * A hash of the pipeline's code and data. Part of every article's change
 * hash, so that an edit to a cleaning rule or the actor registry
 * re-processes unchanged seeds while an unchanged pipeline skips them.
 */
export async function pipelineFingerprint(registry = path.join(root, 'content/actors')): Promise<string> {
  return codeFingerprint([...PIPELINE_PATHS.map((relative) => path.join(root, relative)), path.resolve(registry)])
}

/** Folders of the project's code a later step depends on, from the project's root (`scripts/stories`). */
export function projectPaths(relative: readonly string[]): string[] {
  return relative.map((folder) => path.join(root, folder))
}

/** A hash of every file in `folders` except tests and documentation. */
export async function codeFingerprint(folders: readonly string[]): Promise<string> {
  const hash = createHash('sha256')
  // Paths are hashed relative to their folder: the same registry gives the same hash wherever it is.
  for (const folder of folders) {
    let entries
    try {
      entries = await readdir(folder, {recursive: true, withFileTypes: true})
    } catch {
      continue
    }
    const files = entries
      // Documentation changes no output: editing a README must not re-process every article.
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.md'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
    for (const file of files) {
      hash.update(path.relative(folder, file)).update('\0').update(await readFile(file)).update('\0')
    }
  }
  return hash.digest('hex')
}
