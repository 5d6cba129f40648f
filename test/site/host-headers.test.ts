import {expect, test} from 'vitest'
import {hostHeaders, isHashedPath} from '../../scripts/site/host-headers.ts'

test('the cache rules follow the base path, and none covers every page', () => {
  expect(hostHeaders('/')).toContain('\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n')
  expect(hostHeaders('/archive/')).toContain('\n/archive/pagefind/fragment/*\n')
  expect(hostHeaders('/archive')).toContain('\n/archive/_astro/*\n')
  expect(hostHeaders('/').split('\n')).not.toContain('/*')
})

test('the hashed paths are the rules read as a host reads them', () => {
  expect(isHashedPath('/_astro/site.Ab12.css')).toBe(true)
  expect(isHashedPath('pagefind/fragment/ar_1a2b.pf_fragment')).toBe(true)
  expect(isHashedPath('pagefind/pagefind.ar_9f.pf_meta')).toBe(true)
  expect(isHashedPath('pagefind/pagefind.js')).toBe(false)
  expect(isHashedPath('articles/a/index.html')).toBe(false)
})
