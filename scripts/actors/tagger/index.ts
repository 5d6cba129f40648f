/**
 * The named-entity tagger's public API: what the actor stage of the ingest
 * uses. See the README section "Actors: the tagger".
 */
export {loadTagger, Tagger, DEFAULT_MODEL, type TaggedEntity, type TaggerOptions} from './tagger.ts'
export {tagsToSpans, ENTITY_TYPES, TAGS, type EntitySpan, type EntityType, type Tag} from './tags.ts'
export {GazetteerBuilder, type Gazetteer, type GazetteerType} from './gazetteer.ts'
export {readRegistryActors, addRegistryActors} from './registry-gazetteer.ts'
