import {profileArchive} from './article-profile.ts'
import {groupStories, GROUPING, type GroupingOptions} from './group-stories.ts'
import type {StoryArticle} from './read-story-articles.ts'
import {assignStoryIds} from './story-ids.ts'
import {readStories, type StoryRecord} from './stories-file.ts'

export interface FoundStories {
  stories: StoryRecord[]
  /** Every article read, in file-name order. */
  articles: StoryArticle[]
}

/**
 * The stories of the articles in `<content>/articles/`, with ids kept from
 * the last run's `stories.json`.
 */
export async function findStories(content: string, options: GroupingOptions = GROUPING): Promise<FoundStories> {
  const {articles, profiles} = profileArchive(content)
  const {stories: groups, copies} = groupStories(profiles, options)
  const byTime = (a: number, b: number) => (articles[a].time ?? 0) - (articles[b].time ?? 0) || a - b
  const ordered = groups.map((group) => [...group].sort(byTime).map((index) => articles[index].id))
  const previous = new Map((await readStories(content)).stories.flatMap((story) => story.articles.map((article) => [article, story.id] as const)))
  const ids = assignStoryIds(ordered, previous)
  const storyOfArticle = new Map(ordered.flatMap((group, story) => group.map((article) => [article, story] as const)))
  const stories = ordered.map((group, story) => ({id: ids[story], articles: group, copies: [] as [string, string][]}))
  for (const [a, b] of copies) {
    const story = storyOfArticle.get(articles[a].id)
    if (story === undefined || story !== storyOfArticle.get(articles[b].id)) continue
    const group = stories[story]
    const pair = [articles[a].id, articles[b].id].sort((x, y) => group.articles.indexOf(x) - group.articles.indexOf(y)) as [string, string]
    group.copies.push(pair)
  }
  return {stories, articles}
}
