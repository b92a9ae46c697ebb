// The package's own version, sent in the User-Agent (a test keeps it equal to package.json).

/** Version of `@clientele/abeja`. */
export const VERSION = "0.1.0";

/** The `User-Agent` every request carries: the package name and version, as a valid product token. */
export const USER_AGENT = `clientele-abeja/${VERSION} (@clientele/abeja)`;
