import { expect, test } from "@playwright/test";
import { bookThroughApi, clientTokens, dayLabel, firstFreeTime, furnish, screenshot, signedIn, timeText } from "./platform";

test("two browsers race for the last seat of a class: one is booked, the other is told clearly", async ({ browser }) => {
  const studio = await furnish({ name: "Maya Stone", color: "#6A1B9A", service: "Pilates class", capacity: 3, minutes: 60, clientChooses: false });
  const free = await firstFreeTime(studio.serviceId);
  await bookThroughApi(clientTokens[2], studio.serviceId, free.start, 2);

  const racers = await Promise.all([signedIn(browser, clientTokens[0]), signedIn(browser, clientTokens[1])]);
  for (const [i, { page }] of racers.entries()) {
    await page.getByRole("radio", { name: /Pilates class/ }).check();
    const seat = page.getByRole("region", { name: dayLabel(free.start) }).getByRole("button", { name: timeText(free.start) });
    await expect(seat).toContainText("1 seat left");
    await seat.click();
    await page.getByLabel("Your name").fill(`Racer ${i + 1}`);
  }
  await screenshot(racers[0].page, "class-last-seat");

  await Promise.all(racers.map(({ page }) => page.getByRole("button", { name: "Book", exact: true }).click()));

  const outcomes = await Promise.all(racers.map(async ({ page }) => {
    const booked = page.getByRole("heading", { name: "You are booked" });
    const refused = page.getByRole("alert").filter({ hasText: "just taken by someone else" });
    await expect(booked.or(refused)).toBeVisible();
    return (await booked.isVisible()) ? "booked" : "refused";
  }));
  expect([...outcomes].sort()).toEqual(["booked", "refused"]);

  // the one who lost sees the class as it is now: no seat left at that time
  const loser = racers[outcomes.indexOf("refused")].page;
  await expect(loser.getByRole("region", { name: dayLabel(free.start) }).getByRole("button", { name: timeText(free.start) })).toHaveCount(0);
  await screenshot(loser, "class-seat-taken");
});
