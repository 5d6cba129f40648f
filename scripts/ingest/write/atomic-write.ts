import {renameSync, writeFileSync} from 'node:fs'
import {readdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

const TEMPORARY = /\.\d+\.tmp$/

/**
 * Write `content` to `file` under a temporary name, then rename it into
 * place: a rename within a folder is atomic, so a killed run leaves either
 * the old file or the new one, never half of one.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, content)
  await rename(temporary, file)
}

/**
 * `writeFileAtomic` without waiting on the thread pool: for a worker, or a
 * loop over many small files where awaiting each write costs more than it.
 * `unique` keeps temporary names apart when several threads write.
 */
export function writeFileAtomicSync(file: string, content: string, unique = ''): void {
  const temporary = `${file}.${process.pid}${unique}.tmp`
  writeFileSync(temporary, content)
  renameSync(temporary, file)
}

/** Remove temporary files a killed run left in `folder`. */
export async function removeTemporaryFiles(folder: string): Promise<void> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return
  }
  await Promise.all(names.filter((name) => TEMPORARY.test(name)).map((name) => rm(path.join(folder, name), {force: true})))
}
