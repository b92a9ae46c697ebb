#!/usr/bin/env node
// Scaffolds a new API end to end: spec stub, generated types package, client package wired to
// core, and a first test. Usage: pnpm new-api <name>
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { specTemplate } from "./new-api-spec.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error("usage: pnpm new-api <name>   (lower case letters, digits and dashes, e.g. `acme`)");
  process.exit(2);
}
const Name = name.replace(/(^|-)(.)/g, (_, __, c) => c.toUpperCase());
const spec = join(root, "specs", `${name}.openapi.yaml`);
const typesDir = join(root, "packages", `${name}-types`);
const clientDir = join(root, "packages", name);
for (const path of [spec, typesDir, clientDir]) {
  if (existsSync(path)) {
    console.error(`✗ ${path} already exists; pick another name or remove it`);
    process.exit(1);
  }
}

const write = (path, text) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`  created ${path.slice(root.length + 1)}`);
};

console.log(`1. spec stub`);
write(spec, specTemplate(name, Name));

console.log(`2. types package`);
cpSync(join(root, "packages", "abeja-types"), typesDir, {
  recursive: true,
  filter: (src) => !/node_modules|dist|\.turbo|schema\.ts$/.test(src),
});
for (const file of ["package.json", "turbo.json", "src/index.ts"]) {
  const path = join(typesDir, file);
  writeFileSync(path, readFileSync(path, "utf8").replaceAll("abeja", name).replaceAll("ABEJA Platform", Name));
}

console.log(`3. client package`);
write(
  join(clientDir, "package.json"),
  readFileSync(join(root, "packages", "abeja", "package.json"), "utf8")
    .replace(/"description": "[^"]*"/, `"description": "Typed client for the ${Name} API"`)
    .replaceAll("abeja", name)
    .replace(
      /,\s*"dependencies": \{[^}]*\}/,
      `,\n  "dependencies": {\n    "@clientele/core": "workspace:^",\n    "@clientele/${name}-types": "workspace:^"\n  }`,
    ),
);
// ABEJA's configs name its own packages (paths to its sources): the new client names its own.
for (const file of ["tsconfig.json", "tsup.config.ts"]) {
  writeFileSync(join(clientDir, file), readFileSync(join(root, "packages", "abeja", file), "utf8").replaceAll("abeja", name));
}
write(
  join(clientDir, "src", "index.ts"),
  `import { createApiClient, type ApiClient, type ApiClientOptions } from "@clientele/core";
import type { paths } from "@clientele/${name}-types";

export type { components, paths } from "@clientele/${name}-types";

/** Options of the ${Name} client; durations in milliseconds. */
export interface ${Name}ClientOptions extends Partial<ApiClientOptions> {
  /** Bearer token sent as \`Authorization\`. */
  token?: string;
}

/**
 * A typed client of the ${Name} API.
 *
 * @example
 * \`\`\`ts
 * const client = create${Name}Client({ token: "…" });
 * const { data } = await client.GET("/items/{item_id}", { params: { path: { item_id: "item-1" } } });
 * \`\`\`
 */
export function create${Name}Client(options: ${Name}ClientOptions = {}): ApiClient<paths> {
  const { token, ...rest } = options;
  return createApiClient<paths>(
    {
      baseUrl: "https://api.${name}.example",
      ...rest,
      headers: { ...(token ? { authorization: \`Bearer \${token}\` } : {}), ...rest.headers },
    },
    { secrets: token ? [token] : [], debugNamespace: "clientele:${name}", defaults: { retry: { maxRetries: 2, statuses: [429, 503] } } },
  );
}
`,
);
write(
  join(clientDir, "test", "client.test.ts"),
  `import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { NotFound } from "@clientele/core";
import { create${Name}Client } from "../src/index.js";

const server = createServer((req, res) => {
  const found = req.url === "/items/item-1";
  res.writeHead(found ? 200 : 404, { "content-type": "application/json" });
  res.end(JSON.stringify(found ? { id: "item-1" } : { error: "item not found" }));
});
let baseUrl = "";
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = \`http://127.0.0.1:\${(server.address() as AddressInfo).port}\`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

it("gets an item, typed", async () => {
  const client = create${Name}Client({ baseUrl, token: "t" });
  const { data } = await client.GET("/items/{item_id}", { params: { path: { item_id: "item-1" } } });
  expect(data.id).toBe("item-1");
});

it("throws NotFound with the server's message", async () => {
  const client = create${Name}Client({ baseUrl });
  await expect(client.GET("/items/{item_id}", { params: { path: { item_id: "nope" } } })).rejects.toBeInstanceOf(NotFound);
});
`,
);
write(
  join(clientDir, "test", "types.ts"),
  `// Compile-time checks: each @ts-expect-error line must fail \`tsc\`.
import { create${Name}Client } from "../src/index.js";

export async function typeChecks() {
  const client = create${Name}Client();
  // @ts-expect-error unknown path
  await client.GET("/nope");
  // @ts-expect-error wrong parameter name
  await client.GET("/items/{item_id}", { params: { path: { id: "x" } } });
}
`,
);

const alias = join(root, "vitest.config.ts");
const config = readFileSync(alias, "utf8");
if (!config.includes(`"@clientele/${name}"`)) {
  writeFileSync(alias, config.replace(/("@clientele\/lxd": src\("lxd"\),)/, `$1\n      "@clientele/${name}": src("${name}"),`));
  console.log(`  added @clientele/${name} to vitest.config.ts aliases`);
}

console.log(`4. generate types`);
const gen = spawnSync(process.execPath, [join(root, "scripts", "generate-types.mjs"), name], { stdio: "inherit" });
if (gen.status !== 0) process.exit(gen.status ?? 1);
console.log(`\nDone. Next: \`pnpm install\`, then \`pnpm test\`. Grow specs/${name}.openapi.yaml and run \`pnpm generate\`.`);
