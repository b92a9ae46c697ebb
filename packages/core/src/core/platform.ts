// What API packages may ask of the platform (files, the home directory, the environment), so none
// of them imports `node:*` itself and each runs wherever core does. In a browser, files are absent.
export { env, fileExists, homeDir, isFile, isSocket, joinPath, platformName, readFileBytes } from "#platform";
