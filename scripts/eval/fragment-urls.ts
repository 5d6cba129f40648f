import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'

/** Pagefind's signature at the start of its decompressed files. */
const SIGNATURE = 'pagefind_dcd'

/**
 * Page id → URL, read from the fragment files of a Pagefind index: lets an
 * evaluation place a target page among all of a query's results without
 * loading each result's fragment over HTTP. A fragment file holds one page
 * (named by its id) or, for large sites, a group of pages keyed by id.
 */
export async function fragmentUrls(bundle: string): Promise<Map<string, string>> {
  const folder = path.join(bundle, 'fragment')
  const urls = new Map<string, string>()
  for (const file of await readdir(folder)) {
    const raw = gunzipSync(await readFile(path.join(folder, file))).toString('utf8')
    if (!raw.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment`)
    const data = JSON.parse(raw.slice(SIGNATURE.length)) as Record<string, unknown>
    if (typeof data.url === 'string') urls.set(path.basename(file, '.pf_fragment'), data.url)
    else for (const [id, fragment] of Object.entries(data)) urls.set(id, (fragment as {url: string}).url)
  }
  return urls
}
