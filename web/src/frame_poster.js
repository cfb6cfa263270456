// The page inside an iframe tells its parent each result with postMessage,
// to exactly one origin the embedding site names in the URL
// (`?embed=1&parent-origin=https://rsj.example.gov.cn`): never to '*', since
// the result describes a person's training record.

/**
 * @param {string|null} parentOrigin  the `parent-origin` query parameter
 * @returns {((message: object) => void)|null} null when there is no parent or no valid origin to post to
 */
export function framePoster(parentOrigin) {
  if (window.parent === window || !parentOrigin) return null;
  let origin;
  try {
    origin = new URL(parentOrigin).origin;
  } catch {
    return null;
  }
  // Only a bare origin ("https://host[:port]"), as the site would write it; 'null' (file://, sandbox) is refused.
  if (origin === 'null' || origin !== parentOrigin.replace(/\/$/, '')) return null;
  return (message) => window.parent.postMessage(message, origin);
}
