import {access} from 'node:fs/promises'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {IngestError} from '../messages.ts'
import {linesToBlocks, type RawArticle} from './raw-article.ts'
import {readTextFile} from './read-file.ts'

const SIDECAR_ENDINGS = ['.meta.yaml', '.meta.yml', '.meta.json']

/**
 * A `.txt` article: one paragraph a line, the file name's stem as id, and
 * metadata from an optional sidecar `<name>.meta.yaml` or `<name>.meta.json`.
 */
export async function readTxt(file: string): Promise<RawArticle> {
  const text = await readTextFile(file)
  const stem = path.basename(file, path.extname(file))
  const sidecar = await findSidecar(file, stem)
  const sidecarText = sidecar ? await readTextFile(sidecar) : ''
  return {
    file,
    givenId: stem,
    metadata: sidecar ? parseSidecar(sidecar, sidecarText) : {},
    blocks: linesToBlocks(text),
    sourceText: `${text}\u0000${sidecarText}`
  }
}

async function findSidecar(file: string, stem: string): Promise<string | undefined> {
  for (const ending of SIDECAR_ENDINGS) {
    const candidate = path.join(path.dirname(file), stem + ending)
    try {
      await access(candidate)
      return candidate
    } catch {}
  }
  return undefined
}

function parseSidecar(sidecar: string, text: string): Record<string, unknown> {
  let data: unknown
  try {
    data = sidecar.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new IngestError('invalid-metadata', `cannot parse sidecar ${path.basename(sidecar)}: ${detail}`)
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new IngestError('invalid-metadata', `sidecar ${path.basename(sidecar)} must hold a mapping of fields`)
  }
  return data as Record<string, unknown>
}
