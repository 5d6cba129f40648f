import {expect, test} from 'vitest'
import {MUTATIONS, mutate} from '../../scripts/fuzz/mutate.ts'
import {createRandom} from '../../scripts/fuzz/random.ts'
import {runFuzz} from '../../scripts/fuzz/run-fuzz.ts'

test('200 damaged inputs: the ingest never throws, writes only its output, accounts for every input, and a rerun changes nothing', async () => {
  const report = await runFuzz({n: 200, seed: 20180407, batch: 100})
  expect(report.findings).toEqual([])
  expect(report.inputs).toBe(200)
  // The damage reaches both sides: articles written, and inputs refused for several reasons.
  expect(report.written).toBeGreaterThan(50)
  expect(Object.keys(report.errors).length).toBeGreaterThanOrEqual(4)
})

test('mutations are seeded: the same seed damages the same bytes the same way', () => {
  const bytes = new TextEncoder().encode('قال المتحدث باسم الحكومة إن الاجتماع سيعقد غدا.\nوأضاف أن جدول الأعمال طويل.')
  const once = mutate(bytes, createRandom(7))
  expect(mutate(bytes, createRandom(7))).toEqual(once)
  expect(Object.keys(MUTATIONS)).toEqual(expect.arrayContaining(['flipBytes', 'truncate', 'controlCharacters', 'nulBytes', 'repeatSlice', 'mixedEncoding', 'hugeLine']))
})
