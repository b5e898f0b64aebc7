import { defineConfig } from "vite";

// Preact's automatic JSX runtime (tsconfig's jsxImportSource); the build lands in dist/, which Quinoa serves.
export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: { outDir: "dist", sourcemap: true },
});
