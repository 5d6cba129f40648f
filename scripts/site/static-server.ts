import {createReadStream, type Stats} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import {IMMUTABLE, isHashedPath} from './host-headers.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream'
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` plus the base path, ending in `/`. */
  url: string
  /** What the server has sent since it started or `resetTransfers`: for measuring a page or a search. */
  transfers: Transfers
  resetTransfers(): void
  close(): Promise<void>
}

/** Requests served, with their sizes, and paths that were not found. */
export interface Transfers {
  requests: number
  /** Bytes of the bodies sent: files as they are on disk (Pagefind's are compressed already), or gzipped when serving as a host. */
  bytes: number
  log: Array<{path: string; bytes: number}>
  /** Paths answered with 404. */
  missing: string[]
}

export interface ServeOptions {
  /**
   * Also do what a production host does to the bytes (for Lighthouse):
   * gzip text to clients that accept it, and send the `_headers` cache
   * rules (a year for hashed files, revalidate the rest). Default: `false`.
   */
  asHost?: boolean
}

/** Text formats a host compresses (Pagefind's own files are gzipped already, fonts and WebAssembly are not worth it). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg'])

/**
 * Serve a built site from `dist` on 127.0.0.1 (a free port), the way a
 * static host does: `<path>/` serves `<path>/index.html`, anything
 * missing gets `404.html` with status 404. `base` is the path the site is
 * served under (`/` or `/arshif/`).
 */
export async function serveStatic(dist: string, base = '/', {asHost = false}: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dist)
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) throw new Error(`${dist}: no such folder (build the site first)`)
  const transfers: Transfers = {requests: 0, bytes: 0, log: [], missing: []}
  const server: Server = createServer(async (request, response) => {
    const pathname = decodePath(request.url ?? '/')
    if (pathname === undefined) {
      response.writeHead(400).end()
      return
    }
    const inBase = pathname.startsWith(base) ? pathname.slice(base.length - 1) : undefined
    let file = inBase === undefined ? undefined : path.join(root, inBase.endsWith('/') ? `${inBase}index.html` : inBase)
    // Within the folder itself, not a sibling that shares its name's start (`dist-base` beside `dist`).
    if (file && !file.startsWith(root + path.sep)) file = undefined
    const found = file === undefined ? undefined : await stat(file).catch(() => undefined)
    if (found?.isDirectory()) {
      response.writeHead(301, {Location: `${pathname}/`}).end()
      return
    }
    const served = found?.isFile() ? file! : path.join(root, '404.html')
    const status = found?.isFile() ? 200 : 404
    const headers: Record<string, string> = {'Content-Type': TYPES[path.extname(served)] ?? 'application/octet-stream'}
    if (asHost) {
      headers['Cache-Control'] = found?.isFile() && isHashedPath(inBase!) ? IMMUTABLE : 'public, max-age=0, must-revalidate'
      const accepted = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
      if (accepted && COMPRESSIBLE.has(path.extname(served))) {
        const body = await readFile(served).then(gzipSync, () => Buffer.alloc(0))
        count(pathname, found, body.length)
        response.writeHead(status, {...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding'}).end(body)
        return
      }
    }
    count(pathname, found, found?.size ?? 0)
    response.writeHead(status, headers)
    // A site without a 404 page gets an empty one; a file that vanished mid-read ends the response.
    createReadStream(served)
      .on('error', () => response.end())
      .pipe(response)
  })
  function count(pathname: string, found: Stats | undefined, bytes: number): void {
    if (found?.isFile()) {
      transfers.requests++
      transfers.bytes += bytes
      transfers.log.push({path: pathname, bytes})
    } else {
      transfers.missing.push(pathname)
    }
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    transfers,
    resetTransfers() {
      Object.assign(transfers, {requests: 0, bytes: 0, log: [], missing: []})
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // A browser keeps idle connections open; without this, close waits for them forever.
        server.closeAllConnections()
      })
  }
}

/** The decoded path of a request's URL, or `undefined` when its escapes are malformed (`%E0%A4`). */
function decodePath(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url, 'http://localhost').pathname)
  } catch {
    return undefined
  }
}
