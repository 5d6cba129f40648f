import type {ActorsSummary} from './summarize-actors.ts'

export interface FormatOptions {
  /** Actors to list, most frequent first. Default: all. */
  limit?: number
  /** Forms to show per actor. Default: 8. */
  forms?: number
}

/**
 * The `actors` report as lines of text: a header, then per actor its rank,
 * article and mention counts, type, id and name, and below it the forms
 * seen in the text with their article counts.
 */
export function formatSummary(summary: ActorsSummary, options: FormatOptions = {}): string[] {
  const shownForms = options.forms ?? 8
  const listed = summary.actors.slice(0, options.limit ?? summary.actors.length)
  const tagged = summary.actors.filter((actor) => actor.tagged).length
  const lines = [
    `${summary.actors.length} actors (${summary.actors.length - tagged} from the registry, ${tagged} tagged) ` +
      `in ${summary.withActors} of ${summary.articles} articles`,
    '',
    `${'rank'.padStart(5)} ${'articles'.padStart(8)} ${'mentions'.padStart(8)}  ${'type'.padEnd(12)} ${'id'.padEnd(36)} name`
  ]
  listed.forEach((actor, index) => {
    const rank = String(index + 1).padStart(5)
    const id = `${actor.id}${actor.tagged ? ' (tagged)' : ''}`
    lines.push(`${rank} ${String(actor.articles).padStart(8)} ${String(actor.mentions).padStart(8)}  ${actor.type.padEnd(12)} ${id.padEnd(36)} ${actor.name}`)
    const forms = actor.forms.slice(0, shownForms).map(([form, articles]) => `${form} (${articles})`)
    const more = actor.forms.length - shownForms
    lines.push(`${' '.repeat(25)}forms: ${forms.join('، ')}${more > 0 ? `، and ${more} more` : ''}`)
  })
  return lines
}
