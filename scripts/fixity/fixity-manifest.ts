import {readFileSync} from 'node:fs'
import {readdir, readFile, writeFile} from 'node:fs/promises'
import {createHash} from 'node:crypto'
import path from 'node:path'

/**
 * The fixity manifest of a built site, inside it so it moves with the site
 * it describes: one line per file, `<sha256>  <path>` (the format of
 * `sha256sum` and of BagIt's `manifest-sha256.txt`), sorted by path.
 */
export const FIXITY_FILE = 'manifest-sha256.txt'

/** Every file under `folder` (but the fixity file itself) → its SHA-256, by relative path with `/`. */
export async function hashFolder(folder: string): Promise<Map<string, string>> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== FIXITY_FILE)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  // Read synchronously: tens of thousands of small files, where awaiting each costs more than reading it.
  return new Map(files.map((file) => [file, createHash('sha256').update(readFileSync(path.join(folder, file))).digest('hex')]))
}

/** Write `folder/manifest-sha256.txt` for the files in it now. */
export async function writeFixityManifest(folder: string): Promise<number> {
  const hashes = await hashFolder(folder)
  await writeFile(path.join(folder, FIXITY_FILE), [...hashes].map(([file, sha256]) => `${sha256}  ${file}\n`).join(''))
  return hashes.size
}

/** Read `folder/manifest-sha256.txt`; `undefined` when there is none. */
export async function readFixityManifest(folder: string): Promise<Map<string, string> | undefined> {
  let text: string
  try {
    text = await readFile(path.join(folder, FIXITY_FILE), 'utf8')
  } catch {
    return undefined
  }
  return new Map(text.split('\n').filter(Boolean).map((line) => [line.slice(66), line.slice(0, 64)] as const))
}

/** One way a folder differs from what was recorded. */
export interface FixityProblem {
  file: string
  problem: 'changed' | 'missing' | 'added'
}

/** Compare the recorded hashes with the files now: changed or missing files, and files not recorded. */
export function compareHashes(recorded: ReadonlyMap<string, string>, now: ReadonlyMap<string, string>): FixityProblem[] {
  const problems: FixityProblem[] = []
  for (const [file, sha256] of recorded) {
    const current = now.get(file)
    if (current === undefined) problems.push({file, problem: 'missing'})
    else if (current !== sha256) problems.push({file, problem: 'changed'})
  }
  for (const file of now.keys()) if (!recorded.has(file)) problems.push({file, problem: 'added'})
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
}
