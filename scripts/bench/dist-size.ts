import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'

/** What a built site holds: its files, their bytes, and how many are HTML pages. */
export async function distSize(dist: string): Promise<{files: number; bytes: number; pages: number}> {
  const entries = await readdir(dist, {recursive: true, withFileTypes: true})
  let files = 0
  let bytes = 0
  let pages = 0
  for (const entry of entries) {
    if (!entry.isFile()) continue
    files++
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size
    if (entry.name.endsWith('.html')) pages++
  }
  return {files, bytes, pages}
}
