/**
 * Give each story an id that stays when articles are added: the id of the
 * earlier story most of its articles belonged to (ties: the smaller id),
 * unless a larger share of that story went elsewhere; otherwise the id of
 * its first article (`articles` are in date order). A story that splits
 * keeps its id on the part with most of its articles.
 *
 * @param previous article id → story id, from the last run
 */
export function assignStoryIds(stories: readonly (readonly string[])[], previous: ReadonlyMap<string, string>): string[] {
  const claims: {story: number; id: string; count: number}[] = []
  stories.forEach((articles, story) => {
    const counts = new Map<string, number>()
    for (const article of articles) {
      const id = previous.get(article)
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    for (const [id, count] of counts) claims.push({story, id, count})
  })
  // The largest claims first, so an id goes to the part that holds most of its story.
  claims.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.story - b.story)
  const ids: (string | undefined)[] = stories.map(() => undefined)
  const taken = new Set<string>()
  for (const {story, id} of claims) {
    if (ids[story] || taken.has(id)) continue
    ids[story] = id
    taken.add(id)
  }
  return stories.map((articles, story) => {
    if (ids[story]) return ids[story]
    // A new story is named after its first article; an article id is never a second story's id.
    let id = articles[0]
    for (let suffix = 2; taken.has(id); suffix++) id = `${articles[0]}-${suffix}`
    taken.add(id)
    return id
  })
}
