import {ARABIC_LETTER} from '../../../src/shared/arabic/characters.ts'
import {IngestError} from '../messages.ts'

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256'

export interface DecodedText {
  /** The text with line ends normalized to `\n` and no byte order mark. */
  text: string
  encoding: Encoding
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
const windows1256 = new TextDecoder('windows-1256')

/** Control characters other than tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/**
 * Decode the bytes of one input file.
 *
 * Accepts UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and
 * Windows-1256, the code page of older Arabic archives. Windows-1256 has no
 * signature, so it is assumed only when the bytes are not valid UTF-8 and
 * the result reads as Arabic text.
 *
 * @throws {IngestError} `empty`, `binary` or `undecodable`.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(bytes)
  const text = decoded.text.replace(/\r\n?/g, '\n')
  if (text.trim() === '') throw new IngestError('empty', 'file is empty')
  if (controlRatio(text) > 0.01) {
    throw new IngestError('binary', 'file holds control characters: binary data, not text')
  }
  return {text, encoding: decoded.encoding}
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {text: utf8OrThrow(bytes.subarray(3)), encoding: 'utf-8'}
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le'}
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be'}
  }
  if (bytes.includes(0)) {
    throw new IngestError(
      'binary',
      'file holds NUL bytes: binary data, or UTF-16 without a byte order mark (save it as UTF-8)'
    )
  }
  try {
    return {text: strictUtf8.decode(bytes), encoding: 'utf-8'}
  } catch {
    const text = windows1256.decode(bytes)
    if (readsAsArabic(text)) return {text, encoding: 'windows-1256'}
    throw new IngestError(
      'undecodable',
      'file is neither UTF-8, UTF-16 with a byte order mark, nor Windows-1256 Arabic'
    )
  }
}

function utf8OrThrow(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    throw new IngestError('undecodable', 'file starts with a UTF-8 byte order mark but is not valid UTF-8')
  }
}

/**
 * Most letters Arabic, few controls: what a Windows-1256 Arabic text looks
 * like once decoded. Latin-1 text or binary data decoded as Windows-1256
 * gives mostly non-Arabic letters or many controls.
 */
function readsAsArabic(text: string): boolean {
  let letters = 0
  let arabic = 0
  for (const character of text) {
    if (/\p{L}/u.test(character)) {
      letters++
      if (ARABIC_LETTER.test(character)) arabic++
    }
  }
  return letters > 0 && arabic / letters >= 0.5 && controlRatio(text) <= 0.01
}

function controlRatio(text: string): number {
  const controls = text.match(CONTROL)?.length ?? 0
  return controls / text.length
}
