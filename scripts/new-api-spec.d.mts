/** The YAML text of specs/<name>.openapi.yaml for a new API (`Name` is its display name). */
export function specTemplate(name: string, Name: string): string;
