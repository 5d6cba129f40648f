/**
 * The peak resident memory of a process and every process it starts
 * (the build and Pagefind's own service, whose memory the build's
 * `process.resourceUsage()` cannot see), sampled from Linux's `/proc`.
 */
import {readdir, readFile} from 'node:fs/promises'

/** How often the tree is sampled: short enough to catch Pagefind's peak, which lasts seconds. */
const INTERVAL_MS = 200

export interface TreeMemory {
  /** Stop sampling; the highest sum of the tree's resident memory seen, in MiB, or `undefined` without `/proc`. */
  stop(): Promise<number | undefined>
}

/** Start sampling the resident memory of `pid` and its descendants. */
export function sampleTreeMemory(pid: number): TreeMemory {
  let peak: number | undefined
  let sampling = Promise.resolve()
  const timer = setInterval(() => {
    sampling = sampling.then(async () => {
      const bytes = await treeResidentBytes(pid)
      if (bytes !== undefined) peak = Math.max(peak ?? 0, bytes / 2 ** 20)
    })
  }, INTERVAL_MS)
  return {
    async stop() {
      clearInterval(timer)
      await sampling
      return peak
    }
  }
}

/** The summed resident bytes of `root` and its descendants now, or `undefined` where `/proc` is not Linux's. */
async function treeResidentBytes(root: number): Promise<number | undefined> {
  let entries: string[]
  try {
    entries = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry))
  } catch {
    return undefined
  }
  const parentOf = new Map<number, number>()
  await Promise.all(
    entries.map(async (entry) => {
      // A process may end between the listing and the read: it is then not counted.
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => undefined)
      // After the command name in parentheses (which may hold spaces): the state, then the parent's pid.
      if (stat !== undefined) parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    })
  )
  const tree = [...parentOf.keys()].filter((pid) => descends(pid, root, parentOf))
  const resident = await Promise.all(
    tree.map(async (pid) => {
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
      return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024
    })
  )
  return resident.reduce((sum, bytes) => sum + bytes, 0)
}

function descends(pid: number, root: number, parentOf: Map<number, number>): boolean {
  for (let current: number | undefined = pid; current !== undefined && current > 0; current = parentOf.get(current)) {
    if (current === root) return true
  }
  return false
}
