import { defineConfig, devices } from "@playwright/test";

// Run by BrowserIT (./mvnw verify) against the real local stack it starts; it passes the URLs and tokens in
// TEMPORA_* variables. The browser is the system's Chromium (apt install chromium): nothing is downloaded.
const chromium = { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] };

export default defineConfig({
  testDir: "e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: process.env.TEMPORA_WEB_URL,
    timezoneId: "America/New_York",
    locale: "en-US",
    launchOptions: chromium,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium }, testIgnore: /phone\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromium }, testMatch: /phone\.spec\.ts/ },
  ],
});
