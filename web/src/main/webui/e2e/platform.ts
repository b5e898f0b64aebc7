// The real platform the browser tests run against (BrowserIT starts it) and the API calls that furnish it.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: the browser tests run from BrowserIT (./mvnw verify -pl web)`);
  }
  return value;
}

export const organizationId = required("TEMPORA_ORGANIZATION");
const tokens = JSON.parse(required("TEMPORA_TOKENS")) as { owner: string; assistant: string; clients: string[] };
export const ownerToken = tokens.owner;
export const assistantToken = tokens.assistant;
export const clientTokens = tokens.clients;

const api = {
  provider: required("TEMPORA_API_PROVIDER"),
  booking: required("TEMPORA_API_BOOKING"),
  availability: required("TEMPORA_API_AVAILABILITY"),
};

async function call<T>(base: string, method: string, pathname: string, token: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}/v1/organizations/${organizationId}${pathname}`, {
    method,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${pathname} answered ${response.status}: ${await response.text()}`);
  }
  return response.json() as Promise<T>;
}

export interface Furnished {
  providerId: string;
  providerName: string;
  color: string;
  serviceId: string;
  serviceName: string;
}

/** A provider working every day from 08:00 to 20:00 who offers a new service of the given shape. */
export async function furnish(shape: { name: string; color: string; service: string; capacity?: number; minutes?: number; clientChooses?: boolean }): Promise<Furnished> {
  const provider = await call<{ id: string }>(api.provider, "POST", "/providers", ownerToken,
    { type: "INDIVIDUAL", name: shape.name, colorCode: shape.color, specialties: ["Physiotherapy"] });
  await call(api.provider, "POST", `/providers/${provider.id}/schedules`, ownerToken, {
    effectiveFrom: dateFromToday(0),
    blocks: ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
      .map((dayOfWeek) => ({ dayOfWeek, start: "08:00", end: "20:00", type: "AVAILABLE" })),
  });
  const service = await call<{ id: string }>(api.provider, "POST", "/services", ownerToken, {
    name: shape.service, durationMinutes: shape.minutes ?? 30, slotStepMinutes: 60, capacity: shape.capacity ?? 1,
    price: { amount: 40, currency: "USD" }, providerSelection: shape.clientChooses === false ? "AUTO_ASSIGN" : "CLIENT_CHOOSES",
    minimumNoticeMinutes: 0,
  });
  await call(api.provider, "POST", `/services/${service.id}/providers`, ownerToken, { providerId: provider.id, priority: 0 });
  return { providerId: provider.id, providerName: shape.name, color: shape.color, serviceId: service.id, serviceName: shape.service };
}

/**
 * The first free time availability offers for a service, once the new service has reached it, that
 * has another free time an hour later the same day: a test can move a booking there, and the day
 * still offers times after it is booked, whatever the hour the tests run (late in the evening the
 * day's first free time is its last).
 */
export async function firstFreeTime(serviceId: string): Promise<{ start: string; remaining: number }> {
  let first: { start: string; remaining: number } | undefined;
  await expect.poll(async () => {
    const from = dateFromToday(0);
    const to = dateFromToday(6);
    const response = await fetch(`${api.availability}/v1/organizations/${organizationId}/availability?serviceId=${serviceId}&from=${from}&to=${to}&timezone=America/New_York`);
    const week = await response.json() as { days?: { slots?: { start: string; remainingCapacity: number }[] }[] };
    const hour = 3_600_000;
    const slot = (week.days ?? []).flatMap((day) => {
      const starts = new Set((day.slots ?? []).map((candidate) => new Date(candidate.start).getTime()));
      return (day.slots ?? []).filter((candidate) => starts.has(new Date(candidate.start).getTime() + hour));
    })[0];
    first = slot && { start: slot.start, remaining: slot.remainingCapacity };
    return !!first;
  }, { message: "the new service reaches availability", timeout: 20_000 }).toBe(true);
  return first!;
}

/** Books through the API, as a client of the practice would from another app. */
export async function bookThroughApi(clientToken: string, serviceId: string, start: string, seats = 1): Promise<{ id: string; start: string }> {
  const subject = JSON.parse(Buffer.from(clientToken.split(".")[1], "base64url").toString()).sub;
  return call(api.booking, "POST", "/bookings", clientToken, {
    serviceId, start, seats, client: { id: subject, name: `Client ${subject.slice(0, 4)}`, email: "client@example.com" },
  });
}

export async function requestTimeOff(providerId: string, startDate: string, endDate: string, reason: string) {
  return call(api.provider, "POST", `/providers/${providerId}/time-off`, ownerToken,
    { allDay: true, startDate, endDate, type: "TRAINING", reason });
}

/** Closes the whole practice on a date, as a holiday does. */
export async function closeOn(date: string, name: string) {
  return call(api.provider, "POST", "/date-overrides", ownerToken, { date, name, closed: true });
}

/** The practice's calendar date some days from now, e.g. 2026-12-07. */
export function dateFromToday(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date(Date.now() + days * 86_400_000));
}

/** A browser of its own (no shared cookies or storage) signed in with a token, as the identity provider would. */
export async function signedIn(browser: Browser, token: string | null): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (token) {
    await page.goto(`/sign-in#access_token=${token}`);
    await expect(page).toHaveURL(new RegExp(`/o/${organizationId}$`));
  }
  return { context, page };
}

const screenshots = process.env.TEMPORA_SCREENSHOTS;

/** Saves the screen as docs/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string) {
  if (screenshots) {
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  }
}

/** How the page shows a time, e.g. "9:00 AM". */
export function timeText(instant: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", minute: "2-digit" }).format(new Date(instant));
}

/** How the page names a day's column, e.g. "Monday, December 7". */
export function dayLabel(instant: string): string {
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date(instant));
  const [y, m, d] = date.split("-").map(Number);
  return new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", month: "long", day: "numeric" }).format(new Date(Date.UTC(y, m - 1, d)));
}
