// Stands in for @apollo/utils.createhash in the bundle. That package picks Node's crypto only when CommonJS's
// `module.require` exists, which esbuild's module wrapper lacks, so bundled it fell back to sha.js, a SHA-256 in
// JavaScript, for every request's query text (0.7% of a dashboard read's CPU).
export { createHash } from 'node:crypto';
