import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {IngestError} from '../messages.ts'

/** Input formats, by file ending. Sidecars (`x.meta.yaml`) are read with their article. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.jsonl'] as const
const SIDECAR = /\.meta\.(?:ya?ml|json)$/

export type SourceKind = 'txt' | 'md' | 'jsonl'

export interface SourceFile {
  path: string
  kind: SourceKind
}

/**
 * The input files under `seeds` (a folder, searched recursively, or one
 * file), sorted by path so every run reads them in the same order.
 * Files of other kinds are ignored; hidden files and folders are skipped.
 */
export async function listSources(seeds: string): Promise<SourceFile[]> {
  let info
  try {
    info = await stat(seeds)
  } catch {
    throw new IngestError('missing-seeds', `no such file or folder: ${seeds}`)
  }
  if (info.isFile()) {
    const kind = sourceKind(seeds)
    if (!kind) {
      throw new IngestError('unsupported', `expected a .txt, .md or .jsonl file, not \`${path.basename(seeds)}\``)
    }
    return [{path: seeds, kind}]
  }
  const entries = await readdir(seeds, {recursive: true, withFileTypes: true})
  const files: SourceFile[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const relative = path.relative(seeds, file)
    if (relative.split(path.sep).some((part) => part.startsWith('.'))) continue
    const kind = sourceKind(file)
    if (kind) files.push({path: file, kind})
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

function sourceKind(file: string): SourceKind | undefined {
  if (SIDECAR.test(file)) return undefined
  const extension = path.extname(file).toLowerCase()
  return ARTICLE_EXTENSIONS.includes(extension as never) ? (extension.slice(1) as SourceKind) : undefined
}
