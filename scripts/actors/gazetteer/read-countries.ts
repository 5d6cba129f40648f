import {ARABIC_NAME, countryNames, placeId, type ImportedPlace} from './place-entry.ts'

/**
 * What a person checked in the Arabic country names of
 * `i18n-iso-countries` (MIT), keyed by ISO 3166-1 code: an id where the
 * English name makes a poor one (`Moldova, Republic of`), the other spellings
 * Arabic news uses, a name that is also a common word (`بنين` "sons"), and
 * names that are no place a reader looks for.
 */
const COUNTRY_REVIEW: Readonly<Record<string, {id?: string; aliases?: string[]; ambiguous?: true; skip?: true}>> = {
  AD: {aliases: ['إمارة أندورا'], ambiguous: true}, // inside باندورا (Pandora)
  AQ: {aliases: ['أنتاركتيكا']},
  BJ: {aliases: ['جمهورية بنين'], ambiguous: true},
  BY: {aliases: ['بيلاروسيا']},
  BZ: {aliases: ['دولة بليز'], ambiguous: true}, // also the given name Blaise
  CD: {id: 'dr-congo', aliases: ['الكونغو الديمقراطية']},
  CG: {id: 'republic-of-the-congo'},
  CF: {aliases: ['أفريقيا الوسطى']},
  CI: {aliases: ['كوت ديفوار']},
  CZ: {aliases: ['التشيك']},
  DO: {aliases: ['الدومينيكان']},
  EC: {aliases: ['إكوادور']},
  FM: {id: 'micronesia', aliases: ['ميكرونيسيا']},
  GT: {aliases: ['جواتيمالا']},
  HK: {aliases: ['هونج كونج']},
  JE: {aliases: ['جزيرة جيرزي'], ambiguous: true}, // inside نيو جيرزي (New Jersey)
  KG: {aliases: ['قرغيزستان']},
  LA: {id: 'laos'},
  MD: {id: 'moldova'},
  MK: {aliases: ['مقدونيا']},
  SZ: {aliases: ['إسواتيني']},
  TH: {aliases: ['تايلند']},
  TZ: {aliases: ['تنزانيا']},
  UY: {aliases: ['أوروغواي']},
  VG: {id: 'british-virgin-islands'},
  VI: {id: 'us-virgin-islands'},
  UM: {skip: true},
  TF: {skip: true}
}

/**
 * The countries and territories of ISO 3166-1 with their Arabic names from
 * `i18n-iso-countries`, each checked by `COUNTRY_REVIEW`; names not
 * written in Arabic letters alone (`سانت مارتن (الجزء الفرنسي)`) are left
 * out. Sorted by code.
 */
export function readCountries(): (ImportedPlace & {code: string})[] {
  const ar = countryNames('ar')
  const en = countryNames('en')
  const countries: (ImportedPlace & {code: string})[] = []
  for (const code of Object.keys(ar).sort()) {
    const review = COUNTRY_REVIEW[code] ?? {}
    const [name] = ar[code]
    if (review.skip || !ARABIC_NAME.test(name)) continue
    // The last English name is the short one: `Moldova`, not `Moldova, Republic of`.
    const nameEn = en[code].at(-1)!
    countries.push({
      code,
      id: review.id ?? placeId(nameEn),
      name,
      nameEn,
      aliases: review.aliases ?? [],
      ambiguous: review.ambiguous ?? false,
      description: undefined,
      source: 'i18n-iso-countries'
    })
  }
  return countries
}
