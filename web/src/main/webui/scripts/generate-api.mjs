// Generates the typed API client's types from the four services' OpenAPI documents, which each service's build
// writes to <service>/target/openapi/. Run before tsc and vite: a renamed field or operation breaks the build.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, "../../../../..");
const services = ["availability", "provider", "resource", "booking"];
const out = path.resolve(here, "../src/api/generated");

await mkdir(out, { recursive: true });
for (const service of services) {
  const document = path.join(projectRoot, `${service}-service`, "target", "openapi", "openapi.yaml");
  let source;
  try {
    source = await readFile(document, "utf8");
  } catch {
    console.error(`${document} is missing: build the services first (./mvnw install -DskipTests builds them in order)`);
    process.exit(1);
  }
  const ast = await openapiTS(source);
  await writeFile(path.join(out, `${service}.ts`), `// generated from ${service}-service's OpenAPI document by scripts/generate-api.mjs; do not edit\n${astToString(ast)}`);
  console.log(`api client: ${service}-service`);
}
