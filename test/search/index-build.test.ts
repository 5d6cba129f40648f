import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {expect, test} from 'vitest'
import {MANIFEST_FILE} from '../../src/shared/search/bundle.ts'
import {buildTinySite} from '../helpers/search-site.ts'
import {tempDir} from '../helpers/temp-dir.ts'

const pages = {
  a: {title: 'أول', body: 'نص أول عن الجيش.', date: '2018-01-02', outlet: 'BBC Arabic', actors: [{id: 'un', name: 'الأمم المتحدة', type: 'organization'}]},
  b: {title: 'ثان', body: 'نص ثان عن الجيش.', date: '2017-05-06', outlet: 'CNN Arabic'},
  c: {title: 'ثالث', body: 'نص ثالث.', date: '2018-07-08', outlet: 'BBC Arabic', actors: [{id: 'un', name: 'الأمم المتحدة', type: 'organization'}]}
}

/** Every file of a folder, by relative path. */
async function files(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  const contents = new Map<string, Buffer>()
  for (const entry of entries.filter((entry) => entry.isFile())) {
    const file = path.join(entry.parentPath, entry.name)
    contents.set(path.relative(folder, file), await readFile(file))
  }
  return contents
}

test('the manifest names the analyzer and lists each filter’s values, most articles first', async () => {
  const dist = await tempDir()
  await buildTinySite(dist, pages, 'index-build.test.ts')
  expect(JSON.parse(await readFile(path.join(dist, 'pagefind', MANIFEST_FILE), 'utf8'))).toEqual({
    analyzer: 'proclitics',
    choices: {
      actor: [['الأمم المتحدة', 2]],
      actor_type: [['منظمة', 2]],
      outlet: [['BBC Arabic', 2], ['CNN Arabic', 1]],
      year: [['2018', 2], ['2017', 1]]
    }
  })
})

test('the same pages give the same index, byte for byte', async () => {
  const [first, second] = [await tempDir(), await tempDir()]
  await buildTinySite(first, pages, 'index-build.test.ts')
  await buildTinySite(second, pages, 'index-build.test.ts')
  const [a, b] = [await files(path.join(first, 'pagefind')), await files(path.join(second, 'pagefind'))]
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort())
  for (const [name, content] of a) expect(content.equals(b.get(name)!), name).toBe(true)
})
