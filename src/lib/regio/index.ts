// The region in one import: data, URL parameter, what follows from a set, search and examples.
export * from './costs';
export * from './data';
export * from './regions';
export * from './search';
