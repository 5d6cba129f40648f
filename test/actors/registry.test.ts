import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {expect, test} from 'vitest'
import {extractActors} from '../../scripts/actors/extract-actors.ts'
import {buildActorIndex} from '../../scripts/actors/match/actor-index.ts'
import {loadRegistry, RegistryError} from '../../scripts/actors/registry/load-registry.ts'
import {tempDir} from '../helpers/temp-dir.ts'

const haftar = `id: khalifa-haftar
name: خليفة حفتر
nameEn: Khalifa Haftar
type: person
aliases:
  - حفتر
`

async function registryDir(files: Record<string, string>): Promise<string> {
  const dir = path.join(await tempDir('arshif-registry-'), 'actors')
  await mkdir(dir)
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text)
  return dir
}

/** The problems `loadRegistry` reports for `files`, with the folder shown as `actors/`. */
async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const dir = await registryDir(files)
  try {
    loadRegistry(dir)
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError)
    const shown = path.relative(process.cwd(), dir)
    return (error as RegistryError).problems.map((problem) => problem.replaceAll(shown, 'actors'))
  }
  throw new Error('expected the registry to be rejected')
}

test('the committed registry loads: a few hundred actors, each name leading to one actor', () => {
  const registry = loadRegistry()
  expect(registry.actors.length).toBeGreaterThan(300)
  const types = new Set(registry.actors.map((actor) => actor.type))
  expect(types).toEqual(new Set(['person', 'organization', 'place']))
  expect(() => buildActorIndex(registry)).not.toThrow()
  expect(registry.notActors.length).toBeGreaterThan(0)
})

test('in the committed registry, the longest name wins: Trump’s son is not Trump', () => {
  const {actors} = extractActors([{text: 'التقى دونالد ترامب الابن محامية روسية، وقال ترامب إن ابنه بريء.', heading: false}])
  expect(actors.map(({id, forms}) => `${id}: ${forms.join('، ')}`)).toEqual(['donald-trump: ترامب', 'donald-trump-jr: دونالد ترامب الابن'])
})

test('in the committed registry, `الجيش الوطني` is the army of the country the article names, and no actor without one', () => {
  const ids = (text: string) => extractActors([{text, heading: false}]).actors.map(({id}) => id)
  expect(ids('تقدم الجيش اليمني في صعدة، وقال الجيش الوطني إن')).toEqual(['yemeni-army', 'saada'])
  expect(ids('تقدمت قوات حفتر، وقال الجيش الوطني إن')).toEqual(['libyan-national-army'])
  expect(ids('وقال الجيش الوطني إن')).toEqual([])
})

test('in the committed registry, `الغرب` is the Western world, but not as a direction or a country’s west', () => {
  const ids = (text: string) => extractActors([{text, heading: false}]).actors.map(({id}) => id)
  expect(ids('واتهم المسؤول الغرب بمحاولة عزل بلاده.')).toEqual(['the-west'])
  expect(ids('وقالت المعارضة المدعومة من الغرب إنها ستقاتل.')).toEqual(['the-west'])
  expect(ids('تقع البلدة إلى الغرب من المدينة.')).toEqual([])
  expect(ids('ويحظى المجلس في الغرب بتأييد الفصائل.')).toEqual([])
  expect(ids('ارتفعت درجات الحرارة في ولايات الغرب الأوسط.')).toEqual([])
})

test('a valid registry loads, sorted by id, with defaults filled in', async () => {
  const dir = await registryDir({
    'khalifa-haftar.yaml': haftar,
    'libya.yaml': 'id: libya\nname: ليبيا\nnameEn: Libya\ntype: place\nwikidata: Q1016\n',
    '_not-actors.yaml': '- مسقط رأسه\n'
  })
  expect(loadRegistry(dir)).toEqual({
    actors: [
      {id: 'khalifa-haftar', name: 'خليفة حفتر', nameEn: 'Khalifa Haftar', type: 'person', aliases: ['حفتر'], ambiguousAliases: [], titles: [], formerIds: []},
      {id: 'libya', name: 'ليبيا', nameEn: 'Libya', type: 'place', aliases: [], ambiguousAliases: [], titles: [], wikidata: 'Q1016', formerIds: []}
    ],
    notActors: ['مسقط رأسه']
  })
})

test('each bad file is one line naming the file and the field (or line) and what is wrong', async () => {
  expect(
    await problemsOf({
      'bad-type.yaml': 'id: bad-type\nname: اسم\nnameEn: Name\ntype: country\n',
      'broken.yaml': 'id: broken\nname: [اسم\n',
      'misspelt.yaml': 'id: misspelt\nname: اسم\nnameEn: Name\ntype: place\naliasses:\n  - بديل\n',
      'no-name.yaml': 'id: no-name\nnameEn: Name\ntype: place\n',
      'other-id.yaml': 'id: another-id\nname: اسم آخر\nnameEn: Name\ntype: place\n',
      'bad-wikidata.yaml': 'id: bad-wikidata\nname: اسم ثالث\nnameEn: Name\ntype: place\nwikidata: 1016\n'
    })
  ).toEqual([
    'actors/bad-type.yaml: `type`: Invalid option: expected one of "person"|"organization"|"place"',
    'actors/bad-wikidata.yaml: `wikidata`: Invalid input: expected string, received number',
    expect.stringMatching(/^actors\/broken\.yaml:\d+: invalid YAML: .+/),
    'actors/misspelt.yaml: `aliasses`: unknown field (known: id, name, nameEn, type, aliases, ambiguousAliases, titles, wikidata, description, formerIds, source)',
    'actors/no-name.yaml: `name`: Invalid input: expected string, received undefined',
    'actors/other-id.yaml: `id`: expected `other-id` (the file name), not `another-id`'
  ])
})

test('a name leading to two actors, a reused id and a reserved id are reported with both files', async () => {
  expect(
    await problemsOf({
      'khalifa-haftar.yaml': haftar,
      'haftar-again.yaml': 'id: haftar-again\nname: المشير\nnameEn: Marshal\ntype: person\naliases:\n  - حَفتر\nformerIds:\n  - khalifa-haftar\n',
      'ar-x.yaml': 'id: ar-x\nname: س\nnameEn: X\ntype: place\n',
      '_not-actors.yaml': '- خليفة حفتر\n'
    })
  ).toEqual([
    'actors/ar-x.yaml: `id`: `ar-` starts the ids of tagged actors; choose another id',
    'actors/haftar-again.yaml: `formerIds.0`: `khalifa-haftar` is already the id or a former id in actors/khalifa-haftar.yaml',
    'actors/khalifa-haftar.yaml: `aliases.0`: `حفتر` is already `aliases.0` of `haftar-again` (actors/haftar-again.yaml): ' +
      'a name leads to one actor, unless every actor lists it in `ambiguousAliases`',
    'actors/_not-actors.yaml: `0`: `خليفة حفتر` is `name` of `khalifa-haftar` (actors/khalifa-haftar.yaml)'
  ])
})

test('two actors may share an ambiguous alias', async () => {
  const dir = await registryDir({
    'bashar-al-assad.yaml': 'id: bashar-al-assad\nname: بشار الأسد\nnameEn: Bashar al-Assad\ntype: person\nambiguousAliases:\n  - الأسد\n',
    'hafez-al-assad.yaml': 'id: hafez-al-assad\nname: حافظ الأسد\nnameEn: Hafez al-Assad\ntype: person\nambiguousAliases:\n  - الأسد\n'
  })
  const index = buildActorIndex(loadRegistry(dir))
  expect(index.byKey.get('الاسد')?.actors.map(({id}) => id)).toEqual(['bashar-al-assad', 'hafez-al-assad'])
})

test('a missing registry folder is one line', () => {
  expect(() => loadRegistry('/nonexistent/actors')).toThrowError(/^.*actors: cannot read the actor registry: ENOENT/)
})
