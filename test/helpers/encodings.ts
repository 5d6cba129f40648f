/** Encode text as Windows-1256, the way an old Arabic archive would store it. */
export function encodeWindows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256')
  const table = new Map<string, number>()
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte)
  return Uint8Array.from([...text].map((character) => {
    const byte = table.get(character)
    if (byte === undefined) throw new Error(`not in Windows-1256: ${character}`)
    return byte
  }))
}

/** UTF-16 with a byte order mark, little- or big-endian. */
export function encodeUtf16(text: string, endianness: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, endianness === 'le')
  for (let index = 0; index < text.length; index++) view.setUint16(2 + index * 2, text.charCodeAt(index), endianness === 'le')
  return bytes
}
