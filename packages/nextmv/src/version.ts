/** Version of this package, sent in the `User-Agent` header (kept equal to package.json by a test). */
export const VERSION = "0.1.0";

/** The `User-Agent` this client sends: `@clientele/nextmv/<version>`. */
export const USER_AGENT = `@clientele/nextmv/${VERSION}`;
