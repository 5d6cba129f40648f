import {access} from 'node:fs/promises'
import path from 'node:path'
import {parseMetadata} from './parse-metadata.ts'
import {linesToBlocks, type RawArticle} from './raw-article.ts'
import {readTextFile} from './read-file.ts'
import {sha256Hex} from '../../fixity/sha256.ts'

const SIDECAR_ENDINGS = ['.meta.yaml', '.meta.yml', '.meta.json']

/**
 * A `.txt` article: one paragraph a line, the file name's stem as id, and
 * metadata from an optional sidecar `<name>.meta.yaml` or `<name>.meta.json`.
 */
export async function readTxt(file: string): Promise<RawArticle> {
  const {text, bytes} = await readTextFile(file)
  const stem = path.basename(file, path.extname(file))
  const sidecar = await findSidecar(file, stem)
  const sidecarFile = sidecar ? await readTextFile(sidecar) : {text: '', bytes: new Uint8Array()}
  const sidecarText = sidecarFile.text
  return {
    file,
    givenId: stem,
    metadata: sidecar ? parseMetadata(sidecarText, sidecar.endsWith('.json') ? 'json' : 'yaml', `sidecar ${path.basename(sidecar)}`) : {},
    blocks: linesToBlocks(text),
    sourceText: `${text}\u0000${sidecarText}`,
    inputSha256: sha256Hex(bytes, sidecarFile.bytes)
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
