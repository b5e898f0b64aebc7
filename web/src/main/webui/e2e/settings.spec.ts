import { expect, test } from "@playwright/test";
import { organizationId, ownerToken, screenshot, signedIn } from "./platform";

test("the owner sets up a provider, a service with its terms and weekly hours, and the public page offers it", async ({ browser }) => {
  const { page } = await signedIn(browser, ownerToken);
  await page.getByRole("link", { name: "Settings" }).click();

  const providers = page.getByRole("region", { name: "Providers" });
  await providers.getByLabel("Name", { exact: true }).fill("Sam Quinn");
  await providers.getByLabel("Specialties").fill("Massage, Sports");
  await providers.getByRole("button", { name: "Add provider" }).click();
  await expect(providers.getByText("Sam Quinn")).toHaveCount(2); // the list and the confirmation

  const services = page.getByRole("region", { name: "Services" });
  await services.getByLabel("Service name").fill("Deep tissue massage");
  await services.getByLabel("Minutes", { exact: true }).fill("50");
  await services.getByLabel("Price", { exact: true }).fill("90");
  await services.getByRole("button", { name: "Add service" }).click();
  const row = services.locator("li.service-row", { hasText: "Deep tissue massage" });
  await row.getByLabel("Offer Deep tissue massage by").selectOption({ label: "Sam Quinn" });
  await row.getByLabel("Own price (0: the service's)").fill("95");
  await row.getByRole("button", { name: "Assign" }).click();
  await expect(services.locator("li.service-row", { hasText: "Deep tissue massage" })).toContainText("Sam Quinn (priority 0, $95.00)");

  const schedules = page.getByRole("region", { name: "Weekly schedules" });
  await schedules.getByLabel("Provider").selectOption({ label: "Sam Quinn" });
  for (const day of ["Sat", "Sun"]) {
    await schedules.getByLabel(day, { exact: true }).check();
  }
  await schedules.getByRole("button", { name: "Add schedule" }).click();
  await expect(schedules.getByText(/Weekly hours from/)).toBeVisible();

  const resources = page.getByRole("region", { name: "Resources" });
  await resources.getByLabel("Kind").fill("Massage room");
  await resources.getByRole("button", { name: "Add kind" }).click();
  await resources.getByLabel("Resource name").fill("Room A");
  await resources.getByRole("button", { name: "Add resource" }).click();
  await expect(resources.getByText("Room A · Massage room")).toBeVisible();
  await screenshot(page, "settings");

  const visitor = await signedIn(browser, null);
  await visitor.page.goto(`/o/${organizationId}`);
  await visitor.page.getByRole("radio", { name: /Deep tissue massage/ }).check();
  await expect(visitor.page.getByRole("region", { name: /day/i }).first()).toBeVisible();
  await expect(visitor.page.locator(".slot").first()).toBeVisible({ timeout: 20_000 });
});
