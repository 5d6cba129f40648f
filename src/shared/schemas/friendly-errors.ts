import type {z} from 'astro/zod'

/**
 * Parse `input` with `schema`; on failure throw one readable error:
 * `preamble: \`field\`: what is wrong; \`other\`: …`.
 */
export function parseWithFriendlyErrors<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  preamble: string
): z.output<Schema> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? `\`${issue.path.join('.')}\`: ` : ''
    return field + issue.message
  })
  throw new Error(`${preamble}: ${problems.join('; ')}`)
}
