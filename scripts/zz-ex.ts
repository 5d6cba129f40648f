import {extractActors} from './actors/extract-actors.ts'
import {defaultNameTagger} from './actors/tagged-names.ts'
for (const text of process.argv.slice(2)) {
  const {actors} = extractActors([{text, heading: false}], {tagger: defaultNameTagger()})
  console.log(text, '\n  =>', actors.map((a) => `${a.name}/${a.type}[${a.forms.join('|')}]`).join('  '))
}
