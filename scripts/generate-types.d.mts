/** The generated module text for one API, from `spec` (by default specs/<api>.openapi.yaml). */
export function render(api: string, spec?: string): Promise<string>;
