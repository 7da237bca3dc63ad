// Public entry of the dictionaries module: the cached value nodes and key lookups, and the default values.
export { cachedDictionaryNode, dictionaryIdsByKey } from './dictionaries.cache.ts';
export { ensureDefaultDictionaries } from './dictionaries.defaults.ts';
