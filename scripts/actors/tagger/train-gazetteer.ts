import {createRequire} from 'node:module'
import {GazetteerBuilder} from './gazetteer.ts'
import {GIVEN_NAMES, ORGANIZATIONS, PLACES} from './gazetteer-lists.ts'
import {addRegistryActors, readRegistryActors} from './registry-gazetteer.ts'

const require = createRequire(import.meta.url)

/**
 * The gazetteer a model is trained with (and then keeps): the hand-written
 * lists of `gazetteer-lists.ts`, the Arabic country names of
 * `i18n-iso-countries` (MIT), the Arabic given names of `arabic-name-to-en`
 * (ISC), and the names, aliases and titles of the actor registry in
 * `actorsDir` (absent or empty is fine).
 *
 * Reasoning: these name what ANERcorp's news writes about without being
 * taken from ANERcorp, so the tagger learns how far to trust a listed name
 * without ever seeing the test sentences' names.
 */
export function trainingGazetteer(actorsDir: string): GazetteerBuilder {
  const builder = new GazetteerBuilder()
  for (const name of PLACES) builder.addName(name, 'LOC')
  for (const name of ORGANIZATIONS) builder.addName(name, 'ORG')
  for (const name of GIVEN_NAMES) builder.addName(name, 'GIVEN')
  const countries = require('i18n-iso-countries/langs/ar.json') as {countries: Record<string, string | string[]>}
  for (const names of Object.values(countries.countries)) {
    for (const name of [names].flat()) builder.addName(name, 'LOC')
  }
  const givenNames = require('arabic-name-to-en/cases/fullnamedb.js') as Record<string, string>
  for (const name of Object.keys(givenNames)) builder.addName(name, 'GIVEN')
  addRegistryActors(builder, readRegistryActors(actorsDir))
  return builder
}
