import {encodeUtf16, encodeWindows1256} from './encodings.ts'
import type {Random} from './random.ts'

const utf8 = new TextEncoder()
const decoder = new TextDecoder()

/** Characters scrapers and broken pipelines leave in text: C0 controls, DEL, separators, BOM, bidi marks. */
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\r', '\u001B', '\u001F', '\u007F', '\u2028', '\u2029', '\uFEFF', '\u200F', '\u202E']
/** Byte sequences that are not UTF-8. */
const INVALID_UTF8 = [[0xc3, 0x28], [0xff], [0xe2, 0x82], [0xf0, 0x9f, 0x92], [0xc0, 0xaf], [0xed, 0xa0, 0x80]]

type Mutation = (bytes: Uint8Array, random: Random) => Uint8Array

const at = (bytes: Uint8Array, random: Random) => random.int(bytes.length + 1)
const splice = (bytes: Uint8Array, start: number, end: number, inserted: Uint8Array = new Uint8Array()) => {
  const out = new Uint8Array(bytes.length - (end - start) + inserted.length)
  out.set(bytes.subarray(0, start))
  out.set(inserted, start)
  out.set(bytes.subarray(end), start + inserted.length)
  return out
}
const insert = (bytes: Uint8Array, random: Random, inserted: Uint8Array) => {
  const position = at(bytes, random)
  return splice(bytes, position, position, inserted)
}
const slice = (bytes: Uint8Array, random: Random, longest: number) => {
  const start = at(bytes, random)
  return [start, Math.min(bytes.length, start + 1 + random.int(longest))] as const
}

/**
 * The ways the fuzzer damages an input, each a small function of the bytes
 * and the seeded generator, named for the findings it leads to.
 */
export const MUTATIONS: Readonly<Record<string, Mutation>> = {
  flipBytes(bytes, random) {
    const out = bytes.slice()
    for (let count = 1 + random.int(8); count > 0 && out.length > 0; count--) out[random.int(out.length)] ^= 1 + random.int(255)
    return out
  },
  truncate: (bytes, random) => bytes.subarray(0, at(bytes, random)),
  deleteSlice: (bytes, random) => splice(bytes, ...slice(bytes, random, 400)),
  controlCharacters: (bytes, random) => insert(bytes, random, utf8.encode(Array.from({length: 1 + random.int(6)}, () => random.pick(CONTROLS)).join(''))),
  nulBytes: (bytes, random) => insert(bytes, random, new Uint8Array(1 + random.int(64))),
  invalidUtf8: (bytes, random) => insert(bytes, random, Uint8Array.from(random.pick(INVALID_UTF8))),
  repeatSlice(bytes, random) {
    const [start, end] = slice(bytes, random, 2000)
    const copies = 2 + random.int(20)
    return splice(bytes, end, end, Uint8Array.from({length: (end - start) * copies}, (_, index) => bytes[start + (index % (end - start))]))
  },
  mixedEncoding(bytes, random) {
    // A stretch of the text re-encoded the way another system stored it.
    const [start, end] = slice(bytes, random, 600)
    const text = [...decoder.decode(bytes.subarray(start, end))].filter((character) => /[\u0600-\u06FF a-z0-9.,]/i.test(character)).join('')
    const encoded = random.next() < 0.5 ? encodeWindows1256(text, true) : encodeUtf16(text, random.next() < 0.5 ? 'le' : 'be')
    return splice(bytes, start, end, encoded)
  },
  reencodeWhole(bytes, random) {
    // The whole file as an older Arabic system wrote it.
    const text = decoder.decode(bytes)
    return random.next() < 0.5 ? encodeWindows1256(text, true) : encodeUtf16(text, random.next() < 0.5 ? 'le' : 'be')
  },
  hugeLine(bytes, random) {
    // Mostly long lines, sometimes one over the 5 MiB limit for an article.
    const length = random.next() < 0.1 ? 5.5 * 1024 * 1024 : 20_000 + random.int(300_000)
    const word = utf8.encode('كلمة ')
    return insert(bytes, random, Uint8Array.from({length}, (_, index) => word[index % word.length]))
  }
}

/** `bytes` damaged by one to three mutations (their names returned too, for the report). */
export function mutate(bytes: Uint8Array, random: Random): {bytes: Uint8Array; applied: string[]} {
  const names = Object.keys(MUTATIONS)
  const applied: string[] = []
  let out = bytes
  for (let count = 1 + random.int(3); count > 0; count--) {
    const name = random.pick(names)
    applied.push(name)
    out = MUTATIONS[name](out, random)
  }
  return {bytes: out, applied}
}
