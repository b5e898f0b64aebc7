import { expect, test } from "@playwright/test";
import { clientTokens, firstFreeTime, furnish, screenshot, signedIn } from "./platform";

test("on a phone, a client books with the keyboard alone", async ({ browser }) => {
  const clinic = await furnish({ name: "Dr. Noor Haddad", color: "#1565C0", service: "Phone-sized visit" });
  await firstFreeTime(clinic.serviceId);
  const { page } = await signedIn(browser, clientTokens[2]);
  await page.setViewportSize({ width: 412, height: 915 });

  // every control is reachable and named: skip link first, then the choices
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.getByRole("radio", { name: /Phone-sized visit/ }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: /Phone-sized visit/ })).toBeChecked();
  await page.getByRole("radio", { name: /Dr\. Noor Haddad/ }).focus();
  await page.keyboard.press("Space");
  const slot = page.locator(".slot").first();
  const booked = (await slot.innerText()).trim();
  await slot.focus();
  await page.keyboard.press("Enter");
  await page.getByLabel("Your name").focus();
  await page.keyboard.type("Noor Client");
  await screenshot(page, "phone-booking");
  await page.getByRole("button", { name: "Book", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "You are booked" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, "phone-confirmation");

  // reading its own write: the next search in this tab waits for the booking and never offers its time
  await page.getByRole("button", { name: "Book something else" }).click();
  await page.getByRole("radio", { name: /Phone-sized visit/ }).check();
  await page.getByRole("radio", { name: /Dr\. Noor Haddad/ }).check();
  await expect(page.locator(".slot").first()).toBeVisible();
  await expect(page.locator(".slot").first()).not.toHaveText(booked);
});
