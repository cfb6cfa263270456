// fflate's inflater, for a browser without DecompressionStream('deflate-raw'):
// its own module, imported on demand, so the tables fflate builds when it is
// evaluated cost nothing where the browser inflates natively.
export { inflateSync } from 'fflate';
