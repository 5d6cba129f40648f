import {readdirSync, readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {parse} from 'yaml'
import {DEFAULT_REGISTRY_DIR} from '../../scripts/actors/registry/load-registry.ts'
import {parseSimpleYaml} from '../../scripts/actors/registry/parse-simple-yaml.ts'

test('reads the committed registry files as yaml does, nearly all without yaml', () => {
  const names = readdirSync(DEFAULT_REGISTRY_DIR).filter((file) => file.endsWith('.yaml'))
  let fast = 0
  for (const name of names) {
    const text = readFileSync(`${DEFAULT_REGISTRY_DIR}${name}`, 'utf8')
    const parsed = parseSimpleYaml(text)
    if (parsed === undefined) continue
    expect(parsed, name).toEqual(parse(text))
    fast++
  }
  expect(fast).toBeGreaterThan(names.length * 0.9)
})

test.each([
  'id: x\nname: خليفة حفتر\naliases:\n  - حفتر\n  - المشير حفتر\ntitles: []\n',
  '# comment\nid: x\n\naliases:\n- a\n- b\n',
  '- مسقط رأسه\n- واشنطن بوست\n',
  'name: Q1234\nnameEn: A-B (C)\n',
  'description: "بلاد الشام: سوريا"\nnameEn: \'it: here\'\n'
])('reads %j as yaml does', (text) => {
  expect(parseSimpleYaml(text)).toEqual(parse(text))
})

test.each([
  {why: 'escapes in quotes', text: 'name: "x\\ty"\n'},
  {why: 'a number', text: 'name: 12\n'},
  {why: 'a boolean', text: 'name: true\n'},
  {why: 'a null', text: 'name: ~\n'},
  {why: 'a comment after a value', text: 'name: x # y\n'},
  {why: 'a colon and space in a value', text: 'name: a: b\n'},
  {why: 'a duplicate key', text: 'name: a\nname: b\n'},
  {why: 'a flow sequence', text: 'aliases: [a, b]\n'},
  {why: 'a nested mapping', text: 'a:\n  b: c\n'},
  {why: 'a block scalar', text: 'description: |\n  text\n'},
  {why: 'an empty file', text: '\n'}
])('leaves $why to yaml', ({text}) => {
  expect(parseSimpleYaml(text)).toBeUndefined()
})
