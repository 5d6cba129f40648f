import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {expect, test} from 'vitest'
import {serveStatic} from '../../scripts/site/static-server.ts'
import {tempDir} from '../helpers/temp-dir.ts'

/** A tiny built site in `<temp>/dist`, with a sibling folder `<temp>/dist-base` that must stay out of reach. */
async function tinySite({notFoundPage = true} = {}) {
  const parent = await tempDir()
  const dist = path.join(parent, 'dist')
  await mkdir(path.join(dist, 'articles', 'a'), {recursive: true})
  await mkdir(path.join(parent, 'dist-base'), {recursive: true})
  await writeFile(path.join(dist, 'index.html'), '<h1>home</h1>')
  await writeFile(path.join(dist, 'articles', 'a', 'index.html'), '<h1>a</h1>')
  if (notFoundPage) await writeFile(path.join(dist, '404.html'), '<h1>not found</h1>')
  await writeFile(path.join(parent, 'dist-base', 'secret.html'), 'secret')
  return dist
}

test('serves index.html for a folder, redirects a folder without its slash, answers 404 with 404.html', async () => {
  const server = await serveStatic(await tinySite())
  try {
    expect(await (await fetch(`${server.url}articles/a/`)).text()).toBe('<h1>a</h1>')
    const redirect = await fetch(`${server.url}articles/a`, {redirect: 'manual'})
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/articles/a/'])
    const missing = await fetch(`${server.url}articles/b/`)
    expect([missing.status, await missing.text()]).toEqual([404, '<h1>not found</h1>'])
    expect(server.transfers.missing).toEqual(['/articles/b/'])
  } finally {
    await server.close()
  }
})

test('never serves a file outside the folder, nor a sibling whose name starts the same', async () => {
  const server = await serveStatic(await tinySite())
  try {
    for (const escape of ['../dist-base/secret.html', '%2e%2e/dist-base/secret.html', '..%2fdist-base%2fsecret.html']) {
      const response = await fetch(`${server.url}${escape}`)
      expect(await response.text(), escape).not.toBe('secret')
    }
  } finally {
    await server.close()
  }
})

test('a site without a 404 page, and a malformed address, get an answer, not a crash', async () => {
  const server = await serveStatic(await tinySite({notFoundPage: false}))
  try {
    const missing = await fetch(`${server.url}nothing/`)
    expect([missing.status, await missing.text()]).toEqual([404, ''])
    expect((await fetch(`${server.url}%E0%A4%A`)).status).toBe(400)
    expect((await fetch(server.url)).status).toBe(200)
  } finally {
    await server.close()
  }
})

test('a folder that does not exist is one clear error', async () => {
  await expect(serveStatic(path.join(await tempDir(), 'dist'))).rejects.toThrow(/dist: no such folder \(build the site first\)/)
})

test('as a host: text gzipped to a client that accepts it, a year of cache for hashed files only', async () => {
  const dist = await tinySite()
  await mkdir(path.join(dist, '_astro'), {recursive: true})
  await writeFile(path.join(dist, '_astro', 'site.Ab12.css'), 'body{color:red}'.repeat(100))
  const server = await serveStatic(dist, '/', {asHost: true})
  try {
    // Node's fetch asks for gzip and decodes it.
    const css = await fetch(`${server.url}_astro/site.Ab12.css`)
    expect([css.headers.get('content-encoding'), css.headers.get('cache-control')]).toEqual(['gzip', 'public, max-age=31536000, immutable'])
    expect(await css.text()).toBe('body{color:red}'.repeat(100))
    expect(server.transfers.bytes).toBeLessThan(100)
    const page = await fetch(`${server.url}articles/a/`)
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const plain = await fetch(`${server.url}articles/a/`, {headers: {'accept-encoding': 'identity'}})
    expect([plain.headers.get('content-encoding'), await plain.text()]).toEqual([null, '<h1>a</h1>'])
  } finally {
    await server.close()
  }
})
