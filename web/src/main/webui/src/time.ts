// Dates and times in a chosen time zone with the browser's Intl, no library: dates are ISO strings (YYYY-MM-DD).

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale, zone and options: making them is what costs, a calendar formats hundreds of times. */
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, made);
  }
  return made;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

export function todayIn(timeZone: string): string {
  return dateIn(new Date(), timeZone);
}

/** The calendar date an instant falls on in a zone. */
export function dateIn(instant: Date, timeZone: string): string {
  const parts = formatter("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Monday of the week holding a date. */
export function mondayOf(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

export function formatDay(date: string, style: "short" | "long" = "short"): string {
  const [y, m, d] = date.split("-").map(Number);
  return formatter(undefined, {
    timeZone: "UTC", weekday: style, month: style === "long" ? "long" : "short", day: "numeric",
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatTime(instant: string, timeZone: string): string {
  return formatter(undefined, { timeZone, hour: "numeric", minute: "2-digit" }).format(new Date(instant));
}

export function formatDateTime(instant: string, timeZone: string): string {
  return formatter(undefined, {
    timeZone, weekday: "long", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short",
  }).format(new Date(instant));
}

/** Minutes from midnight of an instant's local time in a zone. */
export function minutesIntoDay(instant: string, timeZone: string): number {
  const parts = formatter("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    .formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part("hour") * 60 + part("minute");
}

/** The zone's offset from UTC in minutes at an instant. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatter("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/** A wall-clock date and time in a zone as an ISO date-time with its offset, e.g. 2027-01-04T10:00:00-05:00. */
export function zonedDateTime(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm);
  let offset = offsetMinutes(new Date(wallAsUtc), timeZone);
  offset = offsetMinutes(new Date(wallAsUtc - offset * 60000), timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date}T${pad(hh)}:${pad(mm)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Time zones to offer: the visitor's, the practice's and the common ones. */
export function timeZoneChoices(...first: string[]): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([...first, ...all])];
}
