export { addWords, cutForSearch, cutWords } from './segment.js';
export { documentTerms, normalise, type ParsedQuery, parseQuery, termHash } from './terms.js';
