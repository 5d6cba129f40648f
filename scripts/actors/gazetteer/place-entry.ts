import {createRequire} from 'node:module'
import type {RegistryActor} from '../../../src/shared/schemas/actor.ts'

const require = createRequire(import.meta.url)

/** Arabic letters and single spaces only: what an imported name must be (no `(EH)`, no hyphen, no Persian or Kurdish letter). */
export const ARABIC_NAME = /^[\u0621-\u064A]+( [\u0621-\u064A]+)*$/

/** The country names of `i18n-iso-countries` (MIT) in `lang`, one per ISO 3166-1 code: the first where it gives several. */
export function countryNames(lang: 'ar' | 'en'): Record<string, string[]> {
  const {countries} = require(`i18n-iso-countries/langs/${lang}.json`) as {countries: Record<string, string | string[]>}
  return Object.fromEntries(Object.entries(countries).map(([code, names]) => [code, [names].flat()]))
}

/** A place as an import source gives it, checked by hand. */
export interface ImportedPlace {
  /** The registry id, from `placeId`. */
  id: string
  name: string
  nameEn: string
  /** Other spellings Arabic news uses. */
  aliases: string[]
  /** Also a common word or a person's name: counts only beside `aliases`. */
  ambiguous: boolean
  /** One line, if any: `محافظة في اليمن`. */
  description: string | undefined
  /** Where it came from: `countrystatecity`, `i18n-iso-countries`. */
  source: string
}

/**
 * A place as a registry entry. An ambiguous name is
 * listed under `ambiguousAliases` too, so it counts only in an article
 * that gives one of its aliases (`محافظة البيضاء`).
 */
export function placeEntry(place: ImportedPlace): RegistryActor {
  return {
    id: place.id,
    name: place.name,
    nameEn: place.nameEn,
    type: 'place',
    aliases: place.aliases,
    ambiguousAliases: place.ambiguous ? [place.name] : [],
    titles: [],
    description: place.description,
    formerIds: [],
    source: place.source
  }
}

/** An id from English words: `Béni Mellal`, `Morocco` → `beni-mellal-morocco`. */
export function placeId(...words: string[]): string {
  return words
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
