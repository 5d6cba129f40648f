import {cp, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {pipelineFingerprint} from '../../scripts/ingest/fingerprint.ts'
import {tempDir} from '../helpers/temp-dir.ts'

const projectRegistry = fileURLToPath(new URL('../../content/actors/', import.meta.url))

test('the pipeline fingerprint changes with the registry’s data, not with documentation beside it', async () => {
  const registry = path.join(await tempDir('arshif-fingerprint-'), 'actors')
  await cp(projectRegistry, registry, {recursive: true})
  const before = await pipelineFingerprint(registry)
  expect(await pipelineFingerprint(registry)).toBe(before)
  await writeFile(path.join(registry, 'README.md'), 'Notes for editors.\n')
  expect(await pipelineFingerprint(registry)).toBe(before)
  await writeFile(path.join(registry, 'zz-new-place.yaml'), 'id: zz-new-place\nname: مكان\nnameEn: A place\ntype: place\n')
  expect(await pipelineFingerprint(registry)).not.toBe(before)
})
