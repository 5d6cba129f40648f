/**
 * Publishing a built site all at once. A build writes into a staging
 * folder beside the site (`dist.staging` for `dist`), and only a build
 * whose every step passed is swapped in; a failed or killed build leaves
 * the last good site as it was.
 *
 * The swap is two renames (`dist` to `dist.previous`, then the staging
 * folder to `dist`): Node has no atomic exchange of two folders. A kill
 * between them leaves no `dist` but a whole `dist.previous`, which the next
 * run's `prepareStaging` puts back before anything else.
 */
import {rename, rm, stat} from 'node:fs/promises'
import path from 'node:path'

/** The folder a build of `dist` writes into. */
export function stagingFolder(dist: string): string {
  return `${path.resolve(dist)}.staging`
}

function previousFolder(dist: string): string {
  return `${path.resolve(dist)}.previous`
}

/**
 * Before a build: restore a site a killed swap left aside, delete what a
 * killed or failed build left behind, and return the empty staging folder's path.
 */
export async function prepareStaging(dist: string): Promise<string> {
  const site = path.resolve(dist)
  const previous = previousFolder(dist)
  if (!(await exists(site)) && (await exists(previous))) await rename(previous, site)
  const staging = stagingFolder(dist)
  await Promise.all([rm(previous, {recursive: true, force: true}), rm(staging, {recursive: true, force: true})])
  return staging
}

/** Swap the finished staging folder in as `dist`, then delete the old site. */
export async function publish(dist: string): Promise<void> {
  const site = path.resolve(dist)
  const previous = previousFolder(dist)
  const hadSite = await exists(site)
  if (hadSite) await rename(site, previous)
  await rename(stagingFolder(dist), site)
  if (hadSite) await rm(previous, {recursive: true, force: true})
}

async function exists(folder: string): Promise<boolean> {
  return stat(folder).then(
    () => true,
    () => false
  )
}
