import {parse as parseYaml} from 'yaml'
import {IngestError} from '../messages.ts'

/**
 * Parse a metadata block (a YAML or JSON sidecar, or YAML frontmatter)
 * into a record of fields; anything but a mapping is an error naming
 * `label` (`sidecar a.meta.yaml`, `frontmatter`).
 */
export function parseMetadata(text: string, format: 'yaml' | 'json', label: string, line?: number): Record<string, unknown> {
  let data: unknown
  try {
    data = format === 'json' ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new IngestError('invalid-metadata', `cannot parse ${label}: ${detail}`, line)
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new IngestError('invalid-metadata', `${label} must be a mapping of fields`, line)
  }
  return data as Record<string, unknown>
}
