import {open} from 'node:fs/promises'
import {IngestError} from '../messages.ts'
import {decodeText} from './decode.ts'

/** Largest single-article file read (5 MiB: about 500 times a long article). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024

/** A file's text, and the bytes it was decoded from. */
export interface TextFile {
  text: string
  bytes: Uint8Array
}

/**
 * Read and decode a single-article file (`.txt`, `.md`, sidecar), refusing
 * files over `maxBytes` before reading them whole.
 */
export async function readTextFile(file: string, maxBytes = MAX_ARTICLE_BYTES): Promise<TextFile> {
  const handle = await open(file)
  try {
    const {size} = await handle.stat()
    if (size > maxBytes) {
      throw new IngestError('oversized', `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one article`)
    }
    const bytes = await handle.readFile()
    return {text: decodeText(bytes).text, bytes}
  } finally {
    await handle.close()
  }
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`
}
