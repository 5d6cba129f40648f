import {describe, expect, test} from 'vitest'
import {decodeText} from '../../scripts/ingest/read/decode.ts'
import {encodeUtf16, encodeWindows1256} from '../../scripts/fuzz/encodings.ts'

const text = 'دعت الولايات المتحدة إلى وقف العمليات العسكرية.\nإجلاء الجرحى'

describe('decodeText', () => {
  test.each([
    {name: 'UTF-8', bytes: new TextEncoder().encode(text), encoding: 'utf-8'},
    {name: 'UTF-8 with BOM', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), encoding: 'utf-8'},
    {name: 'UTF-16 LE with BOM', bytes: encodeUtf16(text, 'le'), encoding: 'utf-16le'},
    {name: 'UTF-16 BE with BOM', bytes: encodeUtf16(text, 'be'), encoding: 'utf-16be'},
    {name: 'Windows-1256', bytes: encodeWindows1256(text), encoding: 'windows-1256'}
  ])('$name', ({bytes, encoding}) => {
    expect(decodeText(bytes)).toEqual({text, encoding})
  })

  test.each([
    {name: 'CRLF', input: 'أ\r\nب\r\n'},
    {name: 'CR', input: 'أ\rب\r'}
  ])('$name line ends become LF', ({input}) => {
    expect(decodeText(new TextEncoder().encode(input)).text).toBe('أ\nب\n')
  })

  test.each([
    {name: 'empty', bytes: new Uint8Array(), code: 'empty'},
    {name: 'only whitespace', bytes: new TextEncoder().encode(' \n\t\n'), code: 'empty'},
    {name: 'NUL bytes', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), code: 'binary'},
    {name: 'Latin-1 text', bytes: Uint8Array.from([...new TextEncoder().encode('caf'), 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]), code: 'undecodable'},
    {name: 'control characters', bytes: Uint8Array.from([0x01, 0x02, 0x03, 0x41, 0x04, 0x05]), code: 'binary'}
  ])('$name → $code', ({bytes, code}) => {
    expect(() => decodeText(bytes)).toThrow(expect.objectContaining({code}))
  })
})
