import { expect, test } from "@playwright/test";
import { assistantToken, bookThroughApi, clientTokens, dateFromToday, dayLabel, firstFreeTime, furnish, organizationId, requestTimeOff, screenshot, signedIn, timeText } from "./platform";

test("the front desk sees a new booking in its provider's colour, moves it, and the public page shows the change", async ({ browser }) => {
  const clinic = await furnish({ name: "Dr. Lena Park", color: "#C62828", service: "Physio session" });
  const free = await firstFreeTime(clinic.serviceId);
  const booking = await bookThroughApi(clientTokens[3], clinic.serviceId, free.start);
  await requestTimeOff(clinic.providerId, "2031-03-03", "2031-03-05", "Conference");

  const desk = await signedIn(browser, assistantToken);
  await desk.page.getByRole("link", { name: "Front desk" }).click();
  const event = desk.page.getByRole("button", { name: new RegExp(`^${timeText(free.start)} Client .*Physio session with Dr\\. Lena Park, Confirmed`) });
  await expect(event).toBeVisible();
  await expect(desk.page.locator("li.event", { has: event })).toHaveCSS("border-left-color", "rgb(198, 40, 40)");
  await expect(desk.page.getByText("Dr. Lena Park: training")).toBeVisible();
  await screenshot(desk.page, "front-desk-week");

  // move it one hour later
  await event.click();
  const later = new Date(new Date(free.start).getTime() + 3_600_000).toISOString();
  const laterTime = new Intl.DateTimeFormat("en-GB", { timeZone: "America/New_York", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(later));
  await desk.page.getByLabel("New time").fill(laterTime);
  await screenshot(desk.page, "front-desk-booking");
  await desk.page.getByRole("button", { name: "Move booking" }).click();
  await expect(desk.page.getByRole("button", { name: new RegExp(`^${timeText(later)} Client .*Dr\\. Lena Park, Confirmed`) })).toBeVisible();

  // anyone on the public page sees the old time free and the new one taken
  const visitor = await signedIn(browser, null);
  await visitor.page.goto(`/o/${organizationId}`);
  await visitor.page.getByRole("radio", { name: /Physio session/ }).check();
  await visitor.page.getByRole("radio", { name: /Dr\. Lena Park/ }).check();
  const day = visitor.page.getByRole("region", { name: dayLabel(free.start) });
  await expect(async () => {
    await expect(day.getByRole("button", { name: timeText(free.start), exact: true })).toBeVisible({ timeout: 1000 });
    await expect(day.getByRole("button", { name: timeText(later), exact: true })).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 15_000, intervals: [250] }).catch(async (error) => {
    await visitor.page.reload();
    throw error;
  });
  void booking;

  // the time-off request waits in the queue until the desk approves it
  await desk.page.getByRole("button", { name: "Close" }).click();
  await desk.page.locator("li", { hasText: "Dr. Lena Park: training" }).getByRole("button", { name: "Approve" }).click();
  await expect(desk.page.getByText("Dr. Lena Park: training")).toHaveCount(0);
});

test("the front desk books over a conflict with override, and sees the warnings", async ({ browser }) => {
  const clinic = await furnish({ name: "Dr. Omar Reyes", color: "#00838F", service: "Evening check" });
  await firstFreeTime(clinic.serviceId);
  const desk = await signedIn(browser, assistantToken);
  await desk.page.getByRole("link", { name: "Front desk" }).click();
  const form = desk.page.getByRole("region", { name: "Book for a client" });
  await form.getByLabel("Service").selectOption({ label: "Evening check" });
  await form.getByLabel("Provider").selectOption({ label: "Dr. Omar Reyes" });
  await form.getByLabel("Date").fill(dateFromToday(1));
  await form.getByLabel("Time", { exact: true }).fill("21:00");
  await form.getByLabel("Client name").fill("Grace Hopper");

  await form.getByRole("button", { name: "Check" }).click();
  await expect(form.getByText("Cannot be booked without override")).toBeVisible();
  await expect(form.getByText("Outside the provider's working hours")).toBeVisible();

  await form.getByLabel("Override conflicts").check();
  await form.getByRole("button", { name: "Check" }).click();
  await expect(form.getByText("Will be booked with these warnings")).toBeVisible();
  await screenshot(desk.page, "front-desk-override");
  await form.getByRole("button", { name: "Book", exact: true }).click();
  const booked = form.getByRole("status").filter({ hasText: "Booked Grace Hopper with Dr. Omar Reyes" });
  await expect(booked).toBeVisible();
  await expect(booked).toContainText("Outside the provider's working hours");
});

test("who has time answers for a specialty and a day", async ({ browser }) => {
  const clinic = await furnish({ name: "Dr. Kai Berg", color: "#5D4037", service: "Assessment" });
  const free = await firstFreeTime(clinic.serviceId);
  const desk = await signedIn(browser, assistantToken);
  await desk.page.getByRole("link", { name: "Front desk" }).click();
  const panel = desk.page.getByRole("region", { name: "Who has time" });
  await panel.getByLabel("Specialty").fill("Physiotherapy");
  await panel.getByLabel("Day").fill(new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date(free.start)));
  await panel.getByRole("button", { name: "Find" }).click();
  await expect(panel.getByText(/Dr\. Kai Berg: free at/)).toBeVisible();
});
