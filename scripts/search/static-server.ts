import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'

/** What a static server has sent, for measuring a search's transfers. */
export interface Transfers {
  requests: number
  bytes: number
  /** Each request's path and bytes, in order. */
  log: Array<{path: string; bytes: number}>
  /** Paths requested that do not exist. */
  missing: string[]
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string
  transfers: Transfers
  /** Start counting again from zero. */
  resetTransfers(): void
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml'
}

/**
 * Serve the built site in `root` on the loopback interface, under `base`
 * (`/` or `/archive/`) as a static host would: `dir/` serves
 * `dir/index.html`, anything else is a 404. Pagefind's files are sent as
 * they are (already compressed). Counts what it sends.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`
  const transfers: Transfers = {requests: 0, bytes: 0, log: [], missing: []}
  const server = http.createServer((request, response) => {
    void respond(request, response)
  })
  const respond = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = pathname.startsWith(prefix) ? await resolveFile(root, pathname.slice(prefix.length)) : undefined
    if (!file) {
      transfers.missing.push(pathname)
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found')
      return
    }
    const type = TYPES[path.extname(file.path)] ?? 'application/octet-stream'
    response.writeHead(200, {'content-type': type, 'content-length': file.size})
    transfers.requests++
    transfers.bytes += file.size
    transfers.log.push({path: pathname, bytes: file.size})
    createReadStream(file.path).pipe(response)
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    transfers,
    resetTransfers() {
      transfers.requests = 0
      transfers.bytes = 0
      transfers.log = []
      transfers.missing = []
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
  }
}

async function resolveFile(root: string, relative: string): Promise<{path: string; size: number} | undefined> {
  const target = path.resolve(root, relative)
  if (target !== path.resolve(root) && !target.startsWith(path.resolve(root) + path.sep)) return undefined
  for (const candidate of [target, path.join(target, 'index.html')]) {
    const stats = await stat(candidate).catch(() => undefined)
    if (stats?.isFile()) return {path: candidate, size: stats.size}
  }
  return undefined
}
