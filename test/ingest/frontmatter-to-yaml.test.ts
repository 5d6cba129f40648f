import {expect, test} from 'vitest'
import {stringify} from 'yaml'
import {frontmatterToYaml} from '../../scripts/ingest/article/frontmatter-to-yaml.ts'
import {YAML_OPTIONS} from '../../scripts/ingest/article/serialize.ts'

const frontmatter = {
  id: '000_12',
  title: 'قال "ترامب" إن C:\\path \\ حسنا',
  titleDerived: true,
  date: '2019-04-07',
  lang: 'ar',
  actors: [
    {id: 'tripoli', name: 'طرابلس', type: 'place', mentions: 9, forms: ['بطرابلس', 'طرابلس']},
    {id: 'ar-k1lyfh', name: 'خليفة', type: 'person', mentions: 1, forms: ['خليفة']}
  ],
  quotes: [{actor: 'tripoli', verb: 'قال', text: 'نص «مقتبس» — مع 3.5 و# و* و[رابط] و<script> و: و- و---'}],
  empty: [],
  emptyMapping: {},
  cleaning: {detectSubheadings: 1, dropRepeatedParagraphs: 12}
}

test('writes exactly what yaml writes for the shapes frontmatter has', () => {
  expect(frontmatterToYaml(frontmatter)).toBe(stringify(frontmatter, YAML_OPTIONS))
})

test.each([
  {why: 'a line break', value: {title: 'سطر\nسطر'}},
  {why: 'a control character', value: {title: 'a\u0007b'}},
  {why: 'a number that is not an integer', value: {score: 0.5}},
  {why: 'null', value: {date: null}},
  {why: 'a key that needs quotes', value: {'a b': 'x'}},
  {why: 'a sequence in a sequence', value: {rows: [['a']]}}
])('leaves $why to yaml (undefined)', ({value}) => {
  expect(frontmatterToYaml(value)).toBeUndefined()
})
