import { defineConfig } from "@playwright/test";

// The pages' pure logic (unit/), run by `npm run build` before the bundle is made: no browser, no stack.
export default defineConfig({
  testDir: "unit",
  reporter: [["list"]],
  forbidOnly: true,
  outputDir: "test-results/unit",
});
