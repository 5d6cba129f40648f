import {expect, test} from 'vitest'
import {hostHeaders} from '../../scripts/site/host-headers.ts'

test('the cache rules follow the base path, and none covers every page', () => {
  expect(hostHeaders('/')).toContain('\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n')
  expect(hostHeaders('/archive/')).toContain('\n/archive/pagefind/fragment/*\n')
  expect(hostHeaders('/archive')).toContain('\n/archive/_astro/*\n')
  expect(hostHeaders('/').split('\n')).not.toContain('/*')
})
