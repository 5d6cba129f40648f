/**
 * `npm run gazetteer:import -- [--provinces <dir>] [--registry <dir>]`
 *
 * Adds places from maintained sources to the actor registry, one YAML file
 * each, marked with its `source`: the countries and territories of
 * `i18n-iso-countries` (MIT, a dev dependency), and with `--provinces` the
 * provinces of Arab countries from an unpacked `@countrystatecity/countries`
 * package (ODbL-1.0; `npm pack @countrystatecity/countries`, then
 * `tar xzf`). Every name was checked by hand (`read-countries.ts`,
 * `province-review.ts`). A place whose name the registry already gives, or
 * that two imported places share (`الجوف`), is left out; an existing file
 * is never overwritten, so editors' changes stay. Prints what it skipped.
 */
import {existsSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {stringify} from 'yaml'
import {readCountries} from '../actors/gazetteer/read-countries.ts'
import {placeEntry} from '../actors/gazetteer/place-entry.ts'
import {readProvinces} from '../actors/gazetteer/read-provinces.ts'
import {nameToKey} from '../actors/match/name-key.ts'
import {namesOf} from '../actors/registry/actor-names.ts'
import {DEFAULT_REGISTRY_DIR, loadRegistry} from '../actors/registry/load-registry.ts'

const usage = `Usage: npm run gazetteer:import -- [--provinces <dir>] [--registry <dir>]

  --provinces <dir>  also import provinces from an unpacked @countrystatecity/countries package
  --registry <dir>   the actor registry to add to (default: content/actors)`

function main(args: string[]): void {
  const {values} = parseArgs({
    args,
    options: {provinces: {type: 'string'}, registry: {type: 'string', default: DEFAULT_REGISTRY_DIR}, help: {type: 'boolean', default: false}}
  })
  if (values.help) return console.log(usage)
  const registry = loadRegistry(values.registry)
  const known = new Map(registry.actors.flatMap((actor) => namesOf(actor).map(({name}) => [nameToKey(name), actor.id] as const)))
  const places = [...readCountries(), ...(values.provinces ? readProvinces(values.provinces) : [])]
  const twice = places.find((place, index) => places.findIndex(({id}) => id === place.id) !== index)
  if (twice) throw new Error(`gazetteer:import: two places would get the id \`${twice.id}\`; give one an id in its review table`)
  const sharedKeys = new Map<string, number>()
  for (const {name} of places) sharedKeys.set(nameToKey(name), (sharedKeys.get(nameToKey(name)) ?? 0) + 1)
  let written = 0
  for (const place of places) {
    const key = nameToKey(place.name)
    const file = path.join(values.registry, `${place.id}.yaml`)
    if (known.has(key)) console.log(`skipped ${place.code} ${place.name}: the registry has it as ${known.get(key)}`)
    else if (sharedKeys.get(key)! > 1) console.log(`skipped ${place.code} ${place.name}: the name of several places`)
    else if (!existsSync(file)) {
      const fields = Object.entries(placeEntry(place)).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
      writeFileSync(file, stringify(Object.fromEntries(fields)))
      written++
    }
  }
  loadRegistry(values.registry)
  console.log(`gazetteer:import: ${written} places written of ${places.length}`)
}

main(process.argv.slice(2))
