// The API contract clients generate from: each OpenAPI document must be valid to a strict validator
// (swagger-parser) and raise no problem, error or warning, under Redocly's recommended rules.
import { execFileSync } from "node:child_process";
import SwaggerParser from "@apidevtools/swagger-parser";

const documents = process.argv.slice(2);
let failures = 0;
for (const file of documents) {
  try {
    await SwaggerParser.validate(file);
    console.log(`valid: ${file}`);
  } catch (error) {
    failures++;
    console.error(`INVALID: ${file}: ${error.message}`);
  }
}

let problems = 0;
for (const file of documents) {
  let report;
  try {
    report = execFileSync("node", ["node_modules/@redocly/cli/bin/cli.js", "lint", "--format", "json", file],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch (error) {
    report = error.stdout; // lint exits non-zero when it finds errors; its report is still on stdout
  }
  for (const problem of JSON.parse(report).problems) {
    problems++;
    const where = problem.location.map((location) => location.pointer).join(", ");
    console.error(`${file}: ${problem.severity} ${problem.ruleId}: ${problem.message} (${where})`);
  }
}
failures += problems;
console.log(`api contract: ${documents.length} documents, ${problems} lint problems`);
process.exit(failures === 0 ? 0 : 1);
