import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {ARABIC_NAME, countryNames, placeId, type ImportedPlace} from './place-entry.ts'
import {PROVINCE_REVIEW} from './province-review.ts'

/**
 * The Arab League's members, with the word Arabic news puts before the name
 * of their first-level divisions (`محافظة عمران`, `ولاية سطيف`, `إقليم
 * الحوز`, `منطقة القصيم`). Comoros and Somalia are left out: the package
 * has no Arabic names for them.
 */
const DIVISION_WORD: Readonly<Record<string, string>> = {
  AE: 'إمارة',
  BH: 'محافظة',
  DZ: 'ولاية',
  EG: 'محافظة',
  IQ: 'محافظة',
  JO: 'محافظة',
  KW: 'محافظة',
  LB: 'محافظة',
  LY: 'شعبية',
  MA: 'إقليم',
  MR: 'ولاية',
  OM: 'محافظة',
  PS: 'محافظة',
  QA: 'بلدية',
  SA: 'منطقة',
  SD: 'ولاية',
  SY: 'محافظة',
  TN: 'ولاية',
  YE: 'محافظة'
}

/** A first-level division of an Arab country, named as Arabic news names it. */
export interface Province extends ImportedPlace {
  /** ISO 3166-2: `YE-AM`. */
  code: string
}

interface StateRecord {
  name: string
  country_code: string
  iso3166_2: string
  native: string | null
}

/**
 * The provinces of `@countrystatecity/countries` (ODbL-1.0) unpacked in
 * `packageDir`: its `dist/data/<Country>-<XX>/states.json` files, Arab
 * countries only, each name checked by `PROVINCE_REVIEW`. A name that is
 * not written in Arabic letters alone (Western Sahara's `(EH)` marks, the
 * hyphenated names of Moroccan regions, Kurdish spellings) is left out.
 * Sorted by code.
 */
export function readProvinces(packageDir: string): Province[] {
  const dataDir = path.join(packageDir, 'dist', 'data')
  if (!existsSync(dataDir)) throw new Error(`${dataDir}: not found; pass the folder of an unpacked @countrystatecity/countries package`)
  const ar = countryNames('ar')
  const en = countryNames('en')
  const provinces: Province[] = []
  for (const folder of readdirSync(dataDir).sort()) {
    const country = folder.slice(-2)
    const divisionWord = DIVISION_WORD[country]
    const statesFile = path.join(dataDir, folder, 'states.json')
    if (!divisionWord || !existsSync(statesFile)) continue
    for (const state of JSON.parse(readFileSync(statesFile, 'utf8')) as StateRecord[]) {
      const review = PROVINCE_REVIEW[state.iso3166_2] ?? {}
      const name = (review.name ?? state.native ?? '').replace(/[\u064B-\u0652]/g, '').trim()
      if (review.skip || !ARABIC_NAME.test(name)) continue
      const ambiguous = review.ambiguous ?? false
      provinces.push({
        code: state.iso3166_2,
        name,
        id: placeId(state.name, en[country][0]),
        nameEn: state.name,
        // An ambiguous name counts beside its division word: `محافظة البيضاء`.
        aliases: ambiguous ? [`${divisionWord} ${name}`] : [],
        ambiguous,
        description: `${divisionWord} في ${ar[country][0]}`,
        source: 'countrystatecity'
      })
    }
  }
  return provinces.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}
