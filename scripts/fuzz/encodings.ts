/** Windows-1256 (the Arabic code page of older archives): character → byte. */
let windows1256: Map<string, number> | undefined

function windows1256Table(): Map<string, number> {
  if (!windows1256) {
    const decoder = new TextDecoder('windows-1256')
    windows1256 = new Map()
    for (let byte = 0; byte < 256; byte++) windows1256.set(decoder.decode(new Uint8Array([byte])), byte)
  }
  return windows1256
}

/**
 * Encode text as Windows-1256, the way an old Arabic archive would store it.
 * A character the code page lacks throws, or with `skipMissing` is left out.
 */
export function encodeWindows1256(text: string, skipMissing = false): Uint8Array {
  const table = windows1256Table()
  const bytes: number[] = []
  for (const character of text) {
    const byte = table.get(character)
    if (byte !== undefined) bytes.push(byte)
    else if (!skipMissing) throw new Error(`not in Windows-1256: ${character}`)
  }
  return Uint8Array.from(bytes)
}

/** UTF-16 with a byte order mark, little- or big-endian. */
export function encodeUtf16(text: string, endianness: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, endianness === 'le')
  for (let index = 0; index < text.length; index++) view.setUint16(2 + index * 2, text.charCodeAt(index), endianness === 'le')
  return bytes
}
