import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {placeEntry} from '../../scripts/actors/gazetteer/place-entry.ts'
import {readCountries} from '../../scripts/actors/gazetteer/read-countries.ts'
import {readProvinces} from '../../scripts/actors/gazetteer/read-provinces.ts'
import {namesOf} from '../../scripts/actors/registry/actor-names.ts'

/** A folder shaped like the unpacked `@countrystatecity/countries` package, with the given states. */
function fakePackage(countries: Record<string, {name: string; iso3166_2: string; native: string | null}[]>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'arshif-csc-'))
  for (const [folder, states] of Object.entries(countries)) {
    mkdirSync(path.join(root, 'dist', 'data', folder), {recursive: true})
    const records = states.map((state) => ({...state, country_code: folder.slice(-2)}))
    writeFileSync(path.join(root, 'dist', 'data', folder, 'states.json'), JSON.stringify(records))
  }
  return root
}

describe('readProvinces', () => {
  const dir = fakePackage({
    'Yemen-YE': [
      {name: 'Amran', iso3166_2: 'YE-AM', native: 'عمران'},
      {name: 'Abyan', iso3166_2: 'YE-AB', native: 'أبين'},
      {name: 'Nowhere', iso3166_2: 'YE-XX', native: null}
    ],
    'Saudi_Arabia-SA': [{name: "Ha'il", iso3166_2: 'SA-06', native: 'يشيد'}],
    'Oman-OM': [{name: 'Ad Dakhiliyah', iso3166_2: 'OM-DA', native: 'الداخلية'}],
    'Morocco-MA': [{name: 'Aousserd (EH)', iso3166_2: 'MA-AOU', native: 'أوسرد (EH)'}],
    'France-FR': [{name: 'Bretagne', iso3166_2: 'FR-BRE', native: 'بريتاني'}]
  })
  const provinces = readProvinces(dir)

  test('Arab countries only, names in Arabic letters only, each as the review says', () => {
    expect(provinces.map(({code, id, name, aliases, ambiguous, description}) => ({code, id, name, aliases, ambiguous, description}))).toEqual([
      {code: 'SA-06', id: 'hail-saudi-arabia', name: 'حائل', aliases: [], ambiguous: false, description: 'منطقة في السعودية'},
      {code: 'YE-AB', id: 'abyan-yemen', name: 'أبين', aliases: [], ambiguous: false, description: 'محافظة في اليمن'},
      {code: 'YE-AM', id: 'amran-yemen', name: 'عمران', aliases: ['محافظة عمران'], ambiguous: true, description: 'محافظة في اليمن'}
    ])
  })

  test('a missing package is one clear error', () => {
    expect(() => readProvinces(path.join(dir, 'nothing'))).toThrow(/not found; pass the folder of an unpacked @countrystatecity\/countries package/)
  })

  test('an ambiguous province becomes an entry whose name counts only beside its alias', () => {
    const entry = placeEntry(provinces.find(({code}) => code === 'YE-AM')!)
    expect(entry).toMatchObject({id: 'amran-yemen', type: 'place', ambiguousAliases: ['عمران'], source: 'countrystatecity'})
    expect(namesOf(entry)).toEqual([
      {name: 'عمران', field: 'name', ambiguous: true},
      {name: 'محافظة عمران', field: 'aliases.0', ambiguous: false}
    ])
  })
})

describe('readCountries', () => {
  const countries = readCountries()

  test('ISO countries with their Arabic names, reviewed spellings and unique ids', () => {
    expect(countries.find(({code}) => code === 'KE')).toMatchObject({id: 'kenya', name: 'كينيا', ambiguous: false, source: 'i18n-iso-countries'})
    expect(countries.find(({code}) => code === 'BJ')).toMatchObject({name: 'بنين', aliases: ['جمهورية بنين'], ambiguous: true})
    expect(countries.find(({code}) => code === 'MD')?.id).toBe('moldova')
    expect(new Set(countries.map(({id}) => id)).size).toBe(countries.length)
    for (const {name} of countries) expect(name).toMatch(/^[\u0621-\u064A ]+$/)
  })
})
