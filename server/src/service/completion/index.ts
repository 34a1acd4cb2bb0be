export { complete, type CompletionEntry } from './complete';
