/**
 * `npm run stories -- [--content <dir>] [--json]`
 *
 * The archive's stories, largest first: articles of one event across
 * outlets. They are `<content>/stories.json` as the last ingest wrote it
 * when the articles have not changed since, and grouped afresh (without
 * writing) otherwise. With `--json`, one object a line:
 * `{id, title, first, last, articles, outlets, actors}`.
 */
import {parseArgs} from 'node:util'
import {summarizeStory} from '../../src/shared/stories/summarize-story.ts'
import {currentStories} from '../stories/update-stories.ts'

const usage = `Usage: npm run stories -- [--content <dir>] [--json]

  --content <dir>   the content folder (default: content)
  --json            one JSON object a line: {id, title, first, last, articles, outlets, actors}
  --help            show this help`

async function main(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {
      content: {type: 'string', default: 'content'},
      json: {type: 'boolean', default: false},
      help: {type: 'boolean', default: false}
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const {stories, facts} = await currentStories(values.content)
  const summaries = stories
    .map((story) => summarizeStory(story, (id) => facts.get(id)!))
    .sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const story of summaries) {
    if (values.json) console.log(JSON.stringify(story))
    else console.log(`${story.id}  ${story.articles.length} articles, ${story.outlets.length} ${story.outlets.length === 1 ? 'outlet' : 'outlets'}, ${story.first?.slice(0, 10) ?? '?'} – ${story.last?.slice(0, 10) ?? '?'}  ${story.title}`)
  }
  if (!values.json) console.log(`${summaries.length} stories of ${summaries.reduce((sum, story) => sum + story.articles.length, 0)} articles`)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`stories: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
