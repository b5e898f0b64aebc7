import { expect, test } from "@playwright/test";
import { clientTokens, closeOn, dateFromToday, dayLabel, firstFreeTime, furnish, organizationId, screenshot, signedIn, timeText } from "./platform";

test("a client books a time, and it is gone for the next visitor; then moves and cancels it", async ({ browser }) => {
  const clinic = await furnish({ name: "Dr. Rowan Hale", color: "#2E7D32", service: "First consultation" });
  const free = await firstFreeTime(clinic.serviceId);

  const anonymous = await signedIn(browser, null);
  await anonymous.page.goto("/sign-in");
  await expect(anonymous.page.getByLabel("Bearer token")).toBeVisible();
  await screenshot(anonymous.page, "sign-in");
  await anonymous.page.goto(`/o/${organizationId}`);
  await expect(anonymous.page.getByRole("heading", { name: "Browser Test Clinic" })).toBeVisible();
  await screenshot(anonymous.page, "booking-1-services");

  const { page } = await signedIn(browser, clientTokens[0]);
  await page.getByRole("radio", { name: /First consultation/ }).check();
  await page.getByRole("radio", { name: /Dr\. Rowan Hale/ }).check();
  const day = page.getByRole("region", { name: dayLabel(free.start) });
  await day.getByRole("button", { name: timeText(free.start) }).click();
  await screenshot(page, "booking-2-times");
  await page.getByLabel("Your name").fill("Ada Lovelace");
  await page.getByLabel("E-mail").fill("ada@example.com");
  await page.getByLabel("Phone").fill("+1 555 0100");
  await screenshot(page, "booking-3-details");
  await page.getByRole("button", { name: "Book", exact: true }).click();
  await expect(page.getByRole("heading", { name: "You are booked" })).toBeVisible();
  await expect(page.getByText("with Dr. Rowan Hale")).toBeVisible();
  await screenshot(page, "booking-4-confirmation");

  // the next visitor, on the same week with the same provider, is not offered that time any more
  const next = await signedIn(browser, clientTokens[1]);
  await next.page.getByRole("radio", { name: /First consultation/ }).check();
  await next.page.getByRole("radio", { name: /Dr\. Rowan Hale/ }).check();
  const nextDay = next.page.getByRole("region", { name: dayLabel(free.start) });
  await expect(nextDay.getByRole("button").first()).toBeVisible();
  await expect(nextDay.getByRole("button", { name: timeText(free.start), exact: true })).toHaveCount(0);

  // the client moves the booking to another free time: the confirmation shows it, and the old time is free again
  await page.getByRole("button", { name: "Reschedule" }).click();
  const moveDay = page.getByRole("region", { name: dayLabel(free.start) });
  const other = moveDay.getByRole("button").filter({ hasNotText: timeText(free.start) }).first();
  const otherTime = (await other.innerText()).split("\n")[0];
  await other.click();
  await expect(page.getByRole("status").filter({ hasText: otherTime })).toBeVisible();
  await next.page.reload();
  await next.page.getByRole("radio", { name: /First consultation/ }).check();
  await next.page.getByRole("radio", { name: /Dr\. Rowan Hale/ }).check();
  await expect(next.page.getByRole("region", { name: dayLabel(free.start) }).getByRole("button", { name: timeText(free.start), exact: true })).toBeVisible();

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Cancel booking" }).click();
  await expect(page.getByRole("heading", { name: "Your booking is cancelled" })).toBeVisible();
});

test("a visitor sees why a day offers nothing, in the time zone they choose", async ({ browser }) => {
  const { page } = await signedIn(browser, null);
  const clinic = await furnish({ name: "Dr. Ines Moreau", color: "#EF6C00", service: "Follow-up visit" });
  const free = await firstFreeTime(clinic.serviceId);
  await page.goto(`/o/${organizationId}`);
  await page.getByRole("radio", { name: /Follow-up visit/ }).check();
  await page.getByRole("radio", { name: /Dr\. Ines Moreau/ }).check();
  await expect(page.getByRole("region", { name: dayLabel(free.start) }).getByRole("button", { name: timeText(free.start), exact: true })).toBeVisible();

  // a holiday closes the practice: its day offers no time and says so
  const holiday = dateFromToday(5);
  await closeOn(holiday, "Founders' day");
  const closedDay = page.getByRole("region", { name: dayLabel(`${holiday}T12:00:00-05:00`) });
  await expect(async () => {
    await page.reload();
    await page.getByRole("radio", { name: /Follow-up visit/ }).check();
    await expect(closedDay.getByText("Closed")).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await expect(closedDay.getByRole("button")).toHaveCount(0);

  await page.getByLabel("Times shown in").selectOption("Europe/Paris");
  const inParis = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", hour: "numeric", minute: "2-digit" }).format(new Date(free.start));
  await expect(page.getByRole("button", { name: inParis, exact: true }).first()).toBeVisible();

  // anonymous visitors are asked to sign in before booking
  await page.getByRole("button", { name: inParis, exact: true }).first().click();
  await expect(page.getByRole("link", { name: "Sign in to book" })).toBeVisible();
});
