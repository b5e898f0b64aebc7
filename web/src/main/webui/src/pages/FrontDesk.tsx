// The front desk: a day or week calendar per provider in their colours, booking on a client's behalf (with
// resources and override), moving and cancelling, the time-off approval queue and who has time.
import { useState } from "preact/hooks";
import { type AvailabilityCheck, type Booking, type Organization, type Provider, type Resource, type Service } from "../api/client";
import { api, changeBooking } from "../app";
import { describeConflict } from "../components/conflicts";
import { answer, CheckboxField, Loading, Section, SelectField, TextField, useLoad } from "../forms";
import { ErrorNotice, type Failure } from "../problems";
import { session } from "../session";
import { addDays, dateIn, formatDay, formatTime, minutesIntoDay, mondayOf, todayIn, zonedDateTime } from "../time";

const FIRST_HOUR = 7;
const LAST_HOUR = 21;
const PIXELS_PER_MINUTE = 0.8;
const STATUS_LABELS: Record<string, string> = { CONFIRMED: "Confirmed", NEEDS_REASSIGNMENT: "Needs reassignment", CANCELLED: "Cancelled" };

interface Practice {
  organization: Organization;
  providers: Provider[];
  services: Service[];
  resources: Resource[];
}

export function FrontDesk(props: { organizationId: string }) {
  const organizationId = props.organizationId;
  const practice = useLoad(async () => {
    const path = { organizationId };
    const [organization, providers, services, resources] = await Promise.all([
      answer(api().provider.GET("/v1/organizations/{organizationId}", { params: { path } })),
      answer(api().provider.GET("/v1/organizations/{organizationId}/providers", { params: { path, query: { size: 100 } } })),
      answer(api().provider.GET("/v1/organizations/{organizationId}/services", { params: { path, query: { size: 100 } } })),
      answer(api().resource.GET("/v1/organizations/{organizationId}/resources", { params: { path, query: { size: 100 } } })),
    ]);
    const failure = organization.failure ?? providers.failure ?? services.failure;
    return failure ? { data: null, failure } : {
      data: {
        organization: organization.data!,
        providers: (providers.data!.items ?? []) as Provider[],
        services: (services.data!.items ?? []) as Service[],
        resources: resources.data?.items ?? [],
      } satisfies Practice,
      failure: null,
    };
  }, [organizationId]);

  if (!session.isStaffOf(organizationId)) {
    return <main id="main"><h1>Front desk</h1><p>Sign in as the practice's staff to see the front desk.</p></main>;
  }
  if (practice.failure) {
    return <main id="main"><h1>Front desk</h1><ErrorNotice failure={practice.failure} /></main>;
  }
  if (!practice.data) {
    return <main id="main"><h1>Front desk</h1><Loading what="the practice" /></main>;
  }
  return <Desk organizationId={organizationId} practice={practice.data} />;
}

function Desk(props: { organizationId: string; practice: Practice }) {
  const { organization, providers, services } = props.practice;
  const timeZone = organization.timeZone!;
  const [view, setView] = useState<"day" | "week">("week");
  const [date, setDate] = useState(todayIn(timeZone));
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Booking | null>(null);
  const [round, setRound] = useState(0);
  const changed = (booking: Booking | null) => {
    setSelected(booking);
    setRound((r) => r + 1);
  };

  const from = view === "week" ? mondayOf(date) : date;
  const days = Array.from({ length: view === "week" ? 7 : 1 }, (_, i) => addDays(from, i));
  const bookings = useLoad(() => bookingsBetween(props.organizationId, zonedDateTime(from, "00:00", timeZone),
    zonedDateTime(addDays(from, days.length), "00:00", timeZone)), [props.organizationId, from, view, round]);
  const shown = (bookings.data ?? []).filter((b) => !hidden.has(b.provider?.id ?? ""));
  const serviceName = (id?: string) => services.find((s) => s.id === id)?.name ?? "";

  return (
    <main id="main" class="desk">
      <h1>Front desk · {organization.name}</h1>
      <div class="toolbar">
        <fieldset class="segmented">
          <legend class="visually-hidden">View</legend>
          {(["day", "week"] as const).map((v) => (
            <label key={v}><input type="radio" name="view" checked={view === v} onChange={() => setView(v)} />{v === "day" ? "Day" : "Week"}</label>
          ))}
        </fieldset>
        <div class="week-nav" role="group" aria-label="Dates">
          <button type="button" onClick={() => setDate(addDays(date, view === "week" ? -7 : -1))}>Previous</button>
          <button type="button" onClick={() => setDate(todayIn(timeZone))}>Today</button>
          <button type="button" onClick={() => setDate(addDays(date, view === "week" ? 7 : 1))}>Next</button>
          <span aria-live="polite">{view === "week" ? `${formatDay(from)} – ${formatDay(days[6])}` : formatDay(from, "long")}</span>
        </div>
        <span class="muted">Times in {timeZone}</span>
      </div>
      <fieldset class="provider-filter">
        <legend>Providers</legend>
        {providers.map((p) => (
          <label key={p.id} class="filter-chip">
            <input type="checkbox" checked={!hidden.has(p.id!)} onChange={() => {
              const next = new Set(hidden);
              next.has(p.id!) ? next.delete(p.id!) : next.add(p.id!);
              setHidden(next);
            }} />
            <span class="swatch" style={{ background: p.colorCode ?? "#888" }} aria-hidden="true" />{p.name}
          </label>
        ))}
      </fieldset>
      <ErrorNotice failure={bookings.failure} />
      <div class={`calendar ${view}`} aria-busy={bookings.loading}>
        <div class="hours" aria-hidden="true">
          {Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, i) => (
            <div key={i} class="hour" style={{ height: `${60 * PIXELS_PER_MINUTE}px` }}>{`${FIRST_HOUR + i}:00`}</div>
          ))}
        </div>
        {days.map((day) => (
          <section key={day} class="calendar-day" aria-label={formatDay(day, "long")}>
            <h3>{formatDay(day)}</h3>
            <ol class="calendar-column" style={{ height: `${(LAST_HOUR - FIRST_HOUR) * 60 * PIXELS_PER_MINUTE}px` }}>
              {shown.filter((b) => dateIn(new Date(b.start!), timeZone) === day).map((b) => (
                <li key={b.id} class={`event status-${b.status?.toLowerCase()}`} style={eventStyle(b, timeZone)}>
                  <button type="button" onClick={() => setSelected(b)}
                    aria-label={`${formatTime(b.start!, timeZone)} ${b.client?.name ?? ""}, ${serviceName(b.serviceId)} with ${b.provider?.name}, ${STATUS_LABELS[b.status ?? ""] ?? ""}`}>
                    <span class="event-time">{formatTime(b.start!, timeZone)}</span>
                    <span class="event-client">{b.client?.name}</span>
                    <span class="event-service">{serviceName(b.serviceId)} · {b.provider?.name}</span>
                    <span class="event-status">{STATUS_LABELS[b.status ?? ""]}{b.override ? " · override" : ""}</span>
                  </button>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      {selected && <BookingDetails organizationId={props.organizationId} practice={props.practice} booking={selected}
        onChanged={changed} onClose={() => setSelected(null)} />}
      <BookOnBehalf organizationId={props.organizationId} practice={props.practice} defaultDate={date} onBooked={changed} />
      <TimeOffQueue organizationId={props.organizationId} providers={providers} timeZone={timeZone} />
      <WhoHasTime organizationId={props.organizationId} timeZone={timeZone} />
    </main>
  );
}

async function bookingsBetween(organizationId: string, from: string, to: string) {
  const all: Booking[] = [];
  for (let page = 0; page < 10; page++) {
    const result = await answer(api().booking.GET("/v1/organizations/{organizationId}/bookings", {
      params: { path: { organizationId }, query: { from, to, page, size: 100 } },
    }));
    if (result.failure) {
      return result;
    }
    all.push(...(result.data.items ?? []));
    if (page + 1 >= (result.data.totalPages ?? 0)) {
      break;
    }
  }
  return { data: all, failure: null };
}

function eventStyle(booking: Booking, timeZone: string) {
  const start = Math.max(minutesIntoDay(booking.start!, timeZone) - FIRST_HOUR * 60, 0);
  const minutes = Math.max((new Date(booking.end!).getTime() - new Date(booking.start!).getTime()) / 60000, 15);
  const color = booking.provider?.colorCode ?? "#607d8b";
  return {
    top: `${start * PIXELS_PER_MINUTE}px`,
    minHeight: `${minutes * PIXELS_PER_MINUTE}px`,
    borderColor: color,
    background: `${color}22`,
  };
}

function BookingDetails(props: { organizationId: string; practice: Practice; booking: Booking; onChanged: (b: Booking | null) => void; onClose: () => void }) {
  const { booking, practice } = props;
  const timeZone = practice.organization.timeZone!;
  const [date, setDate] = useState(dateIn(new Date(booking.start!), timeZone));
  const [time, setTime] = useState(formatHHmm(booking.start!, timeZone));
  const [providerId, setProviderId] = useState(booking.provider?.id ?? "");
  const [override, setOverride] = useState(false);
  const [reason, setReason] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const path = { organizationId: props.organizationId, bookingId: booking.id! };
  const service = practice.services.find((s) => s.id === booking.serviceId);

  const apply = async (call: Promise<{ data?: Booking; error?: unknown; response: Response }>) => {
    const { booking: changed, failure: failed } = await changeBooking(props.organizationId, call);
    setFailure(failed);
    if (changed) {
      props.onChanged(changed);
    }
  };

  return (
    <Section title="Booking">
      <dl class="facts">
        <dt>Client</dt><dd>{booking.client?.name} {booking.client?.email && `· ${booking.client.email}`} {booking.client?.phone && `· ${booking.client.phone}`}</dd>
        <dt>Service</dt><dd>{service?.name}</dd>
        <dt>Provider</dt><dd><span class="swatch" style={{ background: booking.provider?.colorCode ?? "#888" }} aria-hidden="true" /> {booking.provider?.name}</dd>
        <dt>When</dt><dd>{formatDay(dateIn(new Date(booking.start!), timeZone), "long")}, {formatTime(booking.start!, timeZone)}–{formatTime(booking.end!, timeZone)}</dd>
        <dt>Status</dt><dd>{STATUS_LABELS[booking.status ?? ""]}</dd>
        {(booking.warnings?.length ?? 0) > 0 && <><dt>Warnings</dt><dd><ul>{booking.warnings!.map((w) => <li key={w}>{describeConflict(w)}</li>)}</ul></dd></>}
      </dl>
      <ErrorNotice failure={failure} context="change" />
      {booking.status !== "CANCELLED" && (
        <>
          <form class="inline-form" onSubmit={(e) => {
            e.preventDefault();
            apply(api().booking.POST("/v1/organizations/{organizationId}/bookings/{bookingId}/reschedule", {
              params: { path }, body: { start: zonedDateTime(date, time, timeZone), providerId: providerId || undefined, override },
            }));
          }}>
            <h3>Move</h3>
            <TextField label="New date" type="date" value={date} onInput={setDate} required />
            <TextField label="New time" type="time" value={time} onInput={setTime} required />
            <SelectField label="Provider" value={providerId} onChange={setProviderId}
              options={practice.providers.map((p) => ({ value: p.id!, label: p.name! }))} />
            <CheckboxField label="Override conflicts" checked={override} onChange={setOverride} />
            <button type="submit">Move booking</button>
          </form>
          <form class="inline-form" onSubmit={(e) => {
            e.preventDefault();
            apply(api().booking.POST("/v1/organizations/{organizationId}/bookings/{bookingId}/cancel", {
              params: { path }, body: { reason: reason || undefined },
            }));
          }}>
            <h3>Cancel</h3>
            <TextField label="Reason" value={reason} onInput={setReason} />
            <button type="submit" class="danger">Cancel booking</button>
          </form>
        </>
      )}
      <button type="button" onClick={props.onClose}>Close</button>
    </Section>
  );
}

function formatHHmm(instant: string, timeZone: string): string {
  const minutes = minutesIntoDay(instant, timeZone);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function BookOnBehalf(props: { organizationId: string; practice: Practice; defaultDate: string; onBooked: (b: Booking) => void }) {
  const { practice } = props;
  const timeZone = practice.organization.timeZone!;
  const [serviceId, setServiceId] = useState(practice.services[0]?.id ?? "");
  const [providerId, setProviderId] = useState("");
  const [date, setDate] = useState(props.defaultDate);
  const [time, setTime] = useState("09:00");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [phone, setPhone] = useState("");
  const [resourceIds, setResourceIds] = useState<string[]>([]);
  const [override, setOverride] = useState(false);
  const [check, setCheck] = useState<AvailabilityCheck | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [booked, setBooked] = useState<Booking | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  const request = () => ({
    serviceId, start: zonedDateTime(date, time, timeZone), providerId: providerId || undefined,
    resourceIds: resourceIds.length ? resourceIds : undefined,
  });
  const runCheck = async () => {
    const result = await answer(api().availability.POST("/v1/organizations/{organizationId}/availability/check", {
      params: { path: { organizationId: props.organizationId } }, body: request(),
    }));
    setCheck(result.data);
    setFailure(result.failure);
  };
  const book = async (event: Event) => {
    event.preventDefault();
    setBooked(null);
    const { booking, failure: failed } = await changeBooking(props.organizationId, api().booking.POST("/v1/organizations/{organizationId}/bookings", {
      params: { path: { organizationId: props.organizationId }, header: { "Idempotency-Key": idempotencyKey } },
      body: { ...request(), override, client: { id: crypto.randomUUID(), name, email: email || undefined, phone: phone || undefined } },
    }));
    setFailure(failed);
    if (booking) {
      setBooked(booking);
      setIdempotencyKey(crypto.randomUUID());
      props.onBooked(booking);
    } else if (failed?.status === 409) {
      runCheck();
    }
  };

  const conflicts = check?.conflicts ?? [];
  return (
    <Section title="Book for a client">
      <form onSubmit={book} onChange={() => setCheck(null)}>
        <div class="grid">
          <SelectField label="Service" value={serviceId} onChange={setServiceId}
            options={practice.services.map((s) => ({ value: s.id!, label: s.name! }))} />
          <SelectField label="Provider" value={providerId} onChange={setProviderId}
            options={[{ value: "", label: "Any provider" }, ...practice.providers.map((p) => ({ value: p.id!, label: p.name! }))]} />
          <TextField label="Date" type="date" value={date} onInput={setDate} required />
          <TextField label="Time" type="time" value={time} onInput={setTime} required hint={`in ${timeZone}`} />
          <TextField label="Client name" value={name} onInput={setName} required />
          <TextField label="Client e-mail" type="email" value={email} onInput={setEmail} />
          <TextField label="Client phone" type="tel" value={phone} onInput={setPhone} />
        </div>
        {practice.resources.length > 0 && (
          <fieldset>
            <legend>Resources (leave empty to let the system choose)</legend>
            {practice.resources.map((r) => (
              <CheckboxField key={r.id} label={r.name!} checked={resourceIds.includes(r.id!)}
                onChange={(on) => setResourceIds(on ? [...resourceIds, r.id!] : resourceIds.filter((id) => id !== r.id))} />
            ))}
          </fieldset>
        )}
        <CheckboxField label="Override conflicts" checked={override} onChange={setOverride}
          hint="Books even outside hours, on time off or over other bookings; the conflicts are kept as warnings. Seats already taken still count." />
        {check && (
          <div class={conflicts.length ? "notice warning" : "notice success"} role="status">
            {conflicts.length === 0 ? <p>Free: it can be booked.</p> : (
              <>
                <p>{override ? "Will be booked with these warnings:" : "Cannot be booked without override:"}</p>
                <ul>{conflicts.map((c) => <li key={c}>{describeConflict(c)}</li>)}</ul>
              </>
            )}
          </div>
        )}
        <ErrorNotice failure={failure} context="booking" />
        {booked && (
          <div class="notice success" role="status">
            <p>Booked {name || booked.client?.name} with {booked.provider?.name} at {formatTime(booked.start!, timeZone)}.</p>
            {(booked.warnings?.length ?? 0) > 0 && <><p>Warnings:</p><ul>{booked.warnings!.map((w) => <li key={w}>{describeConflict(w)}</li>)}</ul></>}
          </div>
        )}
        <div class="actions">
          <button type="button" onClick={runCheck}>Check</button>
          <button type="submit" class="primary">Book</button>
        </div>
      </form>
    </Section>
  );
}

function TimeOffQueue(props: { organizationId: string; providers: Provider[]; timeZone: string }) {
  const [round, setRound] = useState(0);
  const [failure, setFailure] = useState<Failure | null>(null);
  const queue = useLoad(() => answer(api().provider.GET("/v1/organizations/{organizationId}/time-off", {
    params: { path: { organizationId: props.organizationId }, query: { status: "REQUESTED", size: 100 } },
  })), [props.organizationId, round]);
  if (queue.failure?.status === 403) {
    return null;
  }
  const decide = async (providerId: string, timeOffId: string, decision: "approve" | "deny") => {
    const path = { organizationId: props.organizationId, providerId, timeOffId };
    const call = decision === "approve"
      ? api().provider.POST("/v1/organizations/{organizationId}/providers/{providerId}/time-off/{timeOffId}/approve", { params: { path }, body: {} })
      : api().provider.POST("/v1/organizations/{organizationId}/providers/{providerId}/time-off/{timeOffId}/deny", { params: { path }, body: {} });
    const result = await answer(call);
    setFailure(result.failure);
    setRound((r) => r + 1);
  };
  const items = queue.data?.items ?? [];
  const providerName = (id?: string) => props.providers.find((p) => p.id === id)?.name ?? "";
  return (
    <Section title="Time off to approve">
      <ErrorNotice failure={queue.failure ?? failure} context="change" />
      {items.length === 0 ? <p class="muted">Nothing waiting.</p> : (
        <ul class="plain">
          {items.map((t) => (
            <li key={t.id} class="queue-item">
              <span><strong>{providerName(t.providerId)}</strong>: {t.type?.toLowerCase()} {t.allDay
                ? `${t.startDate} to ${t.endDate}`
                : `${formatDay(dateIn(new Date(t.start!), props.timeZone))} ${formatTime(t.start!, props.timeZone)}–${formatTime(t.end!, props.timeZone)}`}
                {t.reason && ` (${t.reason})`}</span>
              <button type="button" onClick={() => decide(t.providerId!, t.id!, "approve")}>Approve</button>
              <button type="button" class="danger" onClick={() => decide(t.providerId!, t.id!, "deny")}>Deny</button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function WhoHasTime(props: { organizationId: string; timeZone: string }) {
  const [specialty, setSpecialty] = useState("");
  const [date, setDate] = useState(todayIn(props.timeZone));
  const [asked, setAsked] = useState<{ specialty: string; date: string } | null>(null);
  return (
    <Section title="Who has time">
      <form class="inline-form" onSubmit={(e) => { e.preventDefault(); setAsked({ specialty, date }); }}>
        <TextField label="Specialty" value={specialty} onInput={setSpecialty} placeholder="e.g. Massage" />
        <TextField label="Day" type="date" value={date} onInput={setDate} required />
        <button type="submit">Find</button>
      </form>
      {asked && <WhoHasTimeAnswer organizationId={props.organizationId} timeZone={props.timeZone} {...asked} />}
    </Section>
  );
}

function WhoHasTimeAnswer(props: { organizationId: string; timeZone: string; specialty: string; date: string }) {
  const result = useLoad(() => answer(api().availability.GET("/v1/organizations/{organizationId}/availability/providers", {
    params: { path: { organizationId: props.organizationId }, query: { date: props.date, specialty: props.specialty || undefined, timezone: props.timeZone } },
  })), [props.specialty, props.date]);
  const providers = result.data?.providers ?? [];
  return (
    <>
      <ErrorNotice failure={result.failure} />
      {result.data && (
        <ul class="plain" aria-live="polite">
          {providers.length === 0 && <li class="muted">No provider with that specialty.</li>}
          {providers.map((p) => (
            <li key={p.id}>
              <span class="swatch" style={{ background: p.color ?? "#888" }} aria-hidden="true" /> <strong>{p.name}</strong>:{" "}
              {p.available ? `free at ${(p.firstFreeTimes ?? []).map((t) => formatTime(t, props.timeZone)).join(", ")}` : (p.reason ?? "not free").toLowerCase().replace(/_/g, " ")}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
