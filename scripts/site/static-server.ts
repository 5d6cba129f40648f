import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'

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
  close(): Promise<void>
}

/**
 * Serve a built site from `dist` on 127.0.0.1 (a free port), the way a
 * static host does: `<path>/` serves `<path>/index.html`, anything
 * missing gets `404.html` with status 404. `base` is the path the site is
 * served under (`/` or `/arshif/`).
 */
export async function serveStatic(dist: string, base = '/'): Promise<StaticServer> {
  const root = path.resolve(dist)
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const inBase = pathname.startsWith(base) ? pathname.slice(base.length - 1) : undefined
    let file = inBase === undefined ? undefined : path.join(root, inBase.endsWith('/') ? `${inBase}index.html` : inBase)
    if (file && !file.startsWith(root)) file = undefined
    const found = file === undefined ? undefined : await stat(file).catch(() => undefined)
    if (found?.isDirectory()) {
      response.writeHead(301, {Location: `${pathname}/`}).end()
      return
    }
    const served = found?.isFile() ? file! : path.join(root, '404.html')
    response.writeHead(found?.isFile() ? 200 : 404, {
      'Content-Type': TYPES[path.extname(served)] ?? 'application/octet-stream'
    })
    createReadStream(served).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  }
}
