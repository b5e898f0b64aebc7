// Properties of the time-zone arithmetic the pages rely on, checked against the browser's own Intl formatting
// (a different code path from zonedDateTime's offset search) on instants spread over years, DST changes included.
import { expect, test } from "@playwright/test";
import { addDays, dateIn, minutesIntoDay, mondayOf, zonedDateTime } from "../src/time";

const ZONES = ["America/New_York", "Europe/Paris", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham", "UTC", "America/Sao_Paulo"];
const CASES = 3000;

/** A small seeded generator: the same cases on every run, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function wallClock(instant: Date, timeZone: string): { date: string; time: string } {
  const minutes = minutesIntoDay(instant.toISOString(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: dateIn(instant, timeZone), time: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` };
}

test("a wall-clock time read off an instant turns back into that instant, in every zone", () => {
  const next = random(20261202);
  for (let i = 0; i < CASES; i++) {
    const zone = ZONES[Math.floor(next() * ZONES.length)];
    const instant = new Date(Math.floor((Date.UTC(2024, 0, 1) + next() * 4 * 365 * 86_400_000) / 60_000) * 60_000);
    const { date, time } = wallClock(instant, zone);
    const back = new Date(zonedDateTime(date, time, zone));
    if (back.getTime() !== instant.getTime()) {
      // only in the hour a fall-back repeats do two instants show the same wall clock; either is a right answer
      expect(wallClock(back, zone), `${zone} ${date} ${time}: ${back.toISOString()} for ${instant.toISOString()}`)
        .toEqual({ date, time });
    }
  }
});

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
function offsetFormat(zone: string): Intl.DateTimeFormat {
  if (!offsetFormats.has(zone)) {
    offsetFormats.set(zone, new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }));
  }
  return offsetFormats.get(zone)!;
}

test("the offset written is the zone's offset at that instant", () => {
  const next = random(7);
  // ICU's long offset names are slow to format: fewer cases, over the same two years of DST changes
  for (let i = 0; i < CASES / 5; i++) {
    const zone = ZONES[Math.floor(next() * ZONES.length)];
    const instant = new Date(Math.floor((Date.UTC(2025, 0, 1) + next() * 2 * 365 * 86_400_000) / 60_000) * 60_000);
    const { date, time } = wallClock(instant, zone);
    const written = zonedDateTime(date, time, zone);
    expect(written.startsWith(`${date}T${time}:00`), written).toBe(true);
    const offset = offsetFormat(zone).formatToParts(new Date(written)).find((part) => part.type === "timeZoneName")!.value;
    expect(written.slice(19), `${zone} ${written}`).toBe(offset === "GMT" ? "+00:00" : offset.slice(3));
  }
});

test("weeks start on Monday and days add across month and year ends", () => {
  expect(mondayOf("2026-12-02")).toBe("2026-11-30");
  expect(mondayOf("2026-11-30")).toBe("2026-11-30");
  expect(mondayOf("2027-01-03")).toBe("2026-12-28");
  expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  const next = random(11);
  for (let i = 0; i < 500; i++) {
    const date = addDays("2020-01-01", Math.floor(next() * 3000));
    const monday = mondayOf(date);
    expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(addDays(monday, 7) > date && monday <= date).toBe(true);
  }
});
