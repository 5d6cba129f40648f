import {profileArchive} from './article-profile.ts'
import {groupStories, GROUPING, type GroupingOptions} from './group-stories.ts'
import {assignStoryIds} from './story-ids.ts'
import type {Story} from '../../src/shared/schemas/story.ts'
import {readStories} from './stories-file.ts'

/**
 * The stories of the articles in `<content>/articles/`, with ids kept from
 * the last run's `stories.json`.
 */
export async function findStories(content: string, options: GroupingOptions = GROUPING): Promise<Story[]> {
  const profiles = await profileArchive(content)
  const {ids, times} = profiles
  const {stories: groups, copies} = groupStories(profiles, options)
  const byTime = (a: number, b: number) => times[a] - times[b] || a - b
  const ordered = groups.map((group) => [...group].sort(byTime).map((index) => ids[index]))
  const previous = new Map((await readStories(content)).stories.flatMap((story) => story.articles.map((article) => [article, story.id] as const)))
  const storyIds = assignStoryIds(ordered, previous)
  const storyOfArticle = new Map(ordered.flatMap((group, story) => group.map((article) => [article, story] as const)))
  const stories = ordered.map((group, story) => ({id: storyIds[story], articles: group, copies: [] as [string, string][]}))
  for (const [a, b] of copies) {
    const story = storyOfArticle.get(ids[a])
    if (story === undefined || story !== storyOfArticle.get(ids[b])) continue
    const group = stories[story]
    const pair = [ids[a], ids[b]].sort((x, y) => group.articles.indexOf(x) - group.articles.indexOf(y)) as [string, string]
    group.copies.push(pair)
  }
  return stories
}
