import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {gazetteerBit, gazetteerFromData, GazetteerBuilder, nameToWords} from '../../../scripts/actors/tagger/gazetteer.ts'
import {addRegistryActors, readRegistryActors} from '../../../scripts/actors/tagger/registry-gazetteer.ts'
import {trainingGazetteer} from '../../../scripts/actors/tagger/train-gazetteer.ts'
import {tempDir} from '../../helpers/temp-dir.ts'

describe('GazetteerBuilder', () => {
  test('one-word names by normalized word, longer ones by first word, longest first', () => {
    const gazetteer = new GazetteerBuilder()
      .addName('إسرائيل', 'LOC')
      .addName('الأمم المتحدة', 'ORG')
      .addName('الأمم المتحدة للطفولة', 'ORG')
      .build()
    expect(gazetteer.wordTypes('اسراءيل')).toBe(gazetteerBit('LOC'))
    expect(gazetteer.wordTypes('إسرائيل')).toBe(0)
    expect(gazetteer.namesStartingWith('الامم')?.map((name) => name.words.join(' '))).toEqual([
      'الامم المتحده للطفوله',
      'الامم المتحده'
    ])
    // The parts of an organization's name are not listed alone.
    expect(gazetteer.wordTypes('المتحده')).toBe(0)
  })

  test("a person's name is listed whole, its words not alone (they may be common words)", () => {
    const gazetteer = new GazetteerBuilder().addName('عبدالله الثاني', 'PERS').addName('حفتر', 'PERS').build()
    expect(gazetteer.namesStartingWith('عبدالله')?.[0]).toEqual({words: ['عبدالله', 'الثاني'], types: gazetteerBit('PERS')})
    expect(gazetteer.wordTypes('الثاني')).toBe(0)
    expect(gazetteer.wordTypes('عبدالله')).toBe(0)
    expect(gazetteer.wordTypes('حفتر')).toBe(gazetteerBit('PERS'))
  })

  test('types add up, and data round-trips sorted', () => {
    const builder = new GazetteerBuilder().addName('طرابلس', 'LOC').addName('طرابلس', 'ORG').addName('بيروت', 'LOC')
    const data = builder.toData()
    expect(data.words).toEqual([
      ['بيروت', gazetteerBit('LOC')],
      ['طرابلس', gazetteerBit('LOC') | gazetteerBit('ORG')]
    ])
    expect(gazetteerFromData(new GazetteerBuilder().addData(data).toData()).wordTypes('طرابلس')).toBe(
      gazetteerBit('LOC') | gazetteerBit('ORG')
    )
  })

  test('names are split like text, punctuation dropped', () => {
    expect(nameToWords('سي. إن. إن')).toEqual(['سي', 'ان', 'ان'])
  })
})

describe('the actor registry as a gazetteer', () => {
  test('names, aliases and titles of content/actors/*.yaml', async () => {
    const dir = await tempDir()
    await writeFile(
      path.join(dir, 'khalifa-haftar.yaml'),
      'id: khalifa-haftar\nname: خليفة حفتر\nnameEn: Khalifa Haftar\ntype: person\naliases: [حفتر]\ntitles: [اللواء المتقاعد]\n'
    )
    await writeFile(path.join(dir, 'tripoli.yaml'), 'id: tripoli\nname: طرابلس\nnameEn: Tripoli\ntype: place\n')
    const actors = readRegistryActors(dir)
    expect(actors.map((actor) => actor.id)).toEqual(['khalifa-haftar', 'tripoli'])
    const gazetteer = addRegistryActors(new GazetteerBuilder(), actors).build()
    expect(gazetteer.wordTypes('حفتر')).toBe(gazetteerBit('PERS'))
    expect(gazetteer.wordTypes('طرابلس')).toBe(gazetteerBit('LOC'))
    expect(gazetteer.namesStartingWith('اللواء')).toEqual([{words: ['اللواء', 'المتقاعد'], types: gazetteerBit('TITLE')}])
  })

  test('a missing registry folder is an empty registry', () => {
    expect(readRegistryActors('/nonexistent/actors')).toEqual([])
  })

  test('an invalid actor file is one clear error naming the file', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'bad.yaml'), 'id: bad\nname: x\nnameEn: X\ntype: city\n')
    expect(() => readRegistryActors(dir)).toThrow(/bad\.yaml: `type`: /)
    await writeFile(path.join(dir, 'bad.yaml'), 'id: [\n')
    expect(() => readRegistryActors(dir)).toThrow(/bad\.yaml: invalid YAML/)
  })

  test('the training gazetteer holds the lists and the registry', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'x.yaml'), 'id: x\nname: زيد عمرو\nnameEn: Zayd Amr\ntype: person\n')
    const gazetteer = trainingGazetteer(dir).build()
    expect(gazetteer.wordTypes('ليبيا') & gazetteerBit('LOC')).toBeTruthy()
    expect(gazetteer.wordTypes('مايك') & gazetteerBit('GIVEN')).toBeTruthy()
    expect(gazetteer.namesStartingWith('زيد')?.[0].words).toEqual(['زيد', 'عمرو'])
  })
})
