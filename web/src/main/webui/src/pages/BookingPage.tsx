// The public booking page of one practice: service, provider (or any), a free time, the client's details,
// then a confirmation from which the booking can be moved or cancelled.
import { useState } from "preact/hooks";
import { type FreeTime, type Booking, type PublicService, type ServiceListing } from "../api/client";
import { api, changeBooking, lastChange } from "../app";
import { WeekOfTimes } from "../components/WeekOfTimes";
import { formatDuration, formatMoney } from "../components/money";
import { answer, Loading, NumberField, Section, TextField, useLoad } from "../forms";
import { ErrorNotice, type Failure } from "../problems";
import { Link } from "../router";
import { session } from "../session";
import { useSignal } from "../signal";
import { browserTimeZone, formatDateTime } from "../time";

/** Time enough for availability-service to hear of a booking, which it does within a second here (docs/performance.md, Freshness). */
const AVAILABILITY_CATCH_UP_MS = 2000;

export function BookingPage(props: { organizationId: string }) {
  const organizationId = props.organizationId;
  const identity = useSignal(session.identity);
  const practice = useLoad(async () => {
    const [organization, services, providers] = await Promise.all([
      answer(api().provider.GET("/v1/organizations/{organizationId}", { params: { path: { organizationId } } })),
      answer(api().provider.GET("/v1/organizations/{organizationId}/services", { params: { path: { organizationId }, query: { size: 100 } } })),
      answer(api().provider.GET("/v1/organizations/{organizationId}/providers", { params: { path: { organizationId }, query: { size: 100 } } })),
    ]);
    const failure = organization.failure ?? services.failure ?? providers.failure;
    return failure ? { data: null, failure } : {
      data: {
        organization: organization.data!,
        services: (services.data!.items ?? []).filter(isBookable).map(asPublic),
        providers: providers.data!.items ?? [],
      },
      failure: null,
    };
  }, [organizationId, identity?.token]);

  const [serviceId, setServiceId] = useState<string | null>(null);
  const [providerId, setProviderId] = useState<string>("");
  const [timeZone, setTimeZone] = useState(browserTimeZone());
  const [slot, setSlot] = useState<FreeTime | null>(null);
  const [booking, setBooking] = useState<Booking | null>(null);
  // asks the week again, as it is now, after a time was taken under the visitor
  const [round, setRound] = useState(0);
  // availability-service hears of the booking that took the time a moment after booking-service
  // refused this one: the week asked at once may still offer it, so it is asked once more later
  const askAgainAfterTaken = () => {
    setRound((r) => r + 1);
    setTimeout(() => setRound((r) => r + 1), AVAILABILITY_CATCH_UP_MS);
  };

  if (practice.failure) {
    return <main id="main"><ErrorNotice failure={practice.failure} /></main>;
  }
  if (!practice.data) {
    return <main id="main"><Loading what="the practice" /></main>;
  }
  const { organization, services, providers } = practice.data;
  const service = services.find((s) => s.id === serviceId) ?? null;
  const offered = service?.providerTerms?.map((terms) => ({
    terms, provider: providers.find((p) => p.id === terms.providerId),
  })).filter((entry) => entry.provider) ?? [];
  const clientChooses = service?.providerSelection === "CLIENT_CHOOSES" && offered.length > 0;

  if (booking) {
    return (
      <main id="main">
        <h1>{organization.name}</h1>
        <Confirmation organizationId={organizationId} booking={booking} service={service} timeZone={timeZone}
          practiceTimeZone={organization.timeZone!} onTimeZone={setTimeZone} onChanged={setBooking}
          onDone={() => { setBooking(null); setSlot(null); }} />
      </main>
    );
  }

  return (
    <main id="main">
      <h1>{organization.name}</h1>
      <p class="muted">Book online in a few steps.</p>

      <Section title="1. Choose a service">
        {services.length === 0 ? <p>This practice offers nothing to book online yet.</p> : (
          <fieldset class="choices">
            <legend class="visually-hidden">Service</legend>
            {services.map((s) => (
              <label key={s.id} class="choice">
                <input type="radio" name="service" value={s.id} checked={s.id === serviceId}
                  onChange={() => { setServiceId(s.id!); setProviderId(""); setSlot(null); }} />
                <span class="choice-main">{s.name}</span>
                <span class="choice-detail">{formatDuration(s.durationMinutes)} · {priceRange(s)}
                  {(s.capacity ?? 1) > 1 && ` · group of up to ${s.capacity}`}</span>
                {s.description && <span class="choice-detail">{s.description}</span>}
              </label>
            ))}
          </fieldset>
        )}
      </Section>

      {service && clientChooses && (
        <Section title="2. Choose who you see">
          <fieldset class="choices">
            <legend class="visually-hidden">Provider</legend>
            <label class="choice">
              <input type="radio" name="provider" value="" checked={providerId === ""}
                onChange={() => { setProviderId(""); setSlot(null); }} />
              <span class="choice-main">Any provider</span>
              <span class="choice-detail">the first one free</span>
            </label>
            {offered.map(({ terms, provider }) => (
              <label key={terms.providerId} class="choice">
                <input type="radio" name="provider" value={terms.providerId} checked={providerId === terms.providerId}
                  onChange={() => { setProviderId(terms.providerId!); setSlot(null); }} />
                <span class="swatch" style={{ background: provider!.colorCode ?? "#888" }} aria-hidden="true" />
                <span class="choice-main">{provider!.name}</span>
                <span class="choice-detail">{formatDuration(terms.durationMinutes ?? service.durationMinutes)} · {formatMoney(terms.price ?? service.price)}</span>
              </label>
            ))}
          </fieldset>
        </Section>
      )}

      {service && (
        <Section title={`${clientChooses ? "3" : "2"}. Choose a time`}>
          <WeekOfTimes organizationId={organizationId} serviceId={service.id!} providerId={providerId || undefined}
            seats={1} capacity={service.capacity ?? 1} timeZone={timeZone} practiceTimeZone={organization.timeZone!}
            onTimeZone={setTimeZone} onPick={setSlot} picked={slot?.start} refresh={round} />
        </Section>
      )}

      {service && slot && (
        <Section title={`${clientChooses ? "4" : "3"}. Your details`} id="details">
          <p>{service.name}, {formatDateTime(slot.start!, timeZone)}</p>
          <ClientDetails key={slot.start} organizationId={organizationId} service={service} slot={slot} providerId={providerId}
            onBooked={setBooking} onTaken={askAgainAfterTaken} />
        </Section>
      )}

      {identity && session.clientOf(organizationId) && <MyBookings organizationId={organizationId} timeZone={timeZone} onOpen={(b) => { setServiceId(b.serviceId!); setBooking(b); }} />}
    </main>
  );
}

function isBookable(listing: ServiceListing): boolean {
  return (listing as { active?: boolean }).active !== false;
}

/** Staff see the full service; the page needs only what the public sees. */
function asPublic(listing: ServiceListing): PublicService {
  const full = listing as PublicService & { providers?: { providerId?: string; durationMinutes?: number; price?: PublicService["price"] }[] };
  return {
    ...full,
    providerTerms: full.providerTerms ?? full.providers?.map((p) => ({ providerId: p.providerId, durationMinutes: p.durationMinutes, price: p.price })),
  };
}

function priceRange(service: PublicService): string {
  const prices = [service.price, ...(service.providerTerms ?? []).map((t) => t.price)].filter((p) => p);
  if (prices.length === 0) {
    return "";
  }
  const amounts = prices.map((p) => p!.amount);
  const lowest = prices[amounts.indexOf(Math.min(...amounts))];
  return Math.min(...amounts) === Math.max(...amounts) ? formatMoney(lowest) : `from ${formatMoney(lowest)}`;
}

function ClientDetails(props: {
  organizationId: string; service: PublicService; slot: FreeTime; providerId: string;
  onBooked: (booking: Booking) => void; onTaken: () => void;
}) {
  const client = session.clientOf(props.organizationId);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [phone, setPhone] = useState("");
  const [seats, setSeats] = useState(1);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  // one key per attempt at this slot: a retry after a lost answer returns the same booking
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  if (!client) {
    const back = encodeURIComponent(window.location.pathname);
    return (
      <div class="notice">
        <p>To book, sign in as a client of this practice.</p>
        <Link href={`/sign-in?next=${back}`} class="button">Sign in to book</Link>
      </div>
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const { booking, failure: failed } = await changeBooking(props.organizationId, api().booking.POST("/v1/organizations/{organizationId}/bookings", {
      params: { path: { organizationId: props.organizationId }, header: { "Idempotency-Key": idempotencyKey } },
      body: {
        serviceId: props.service.id!, start: props.slot.start!, providerId: props.providerId || undefined, seats,
        client: { id: client.subject, name, email: email || undefined, phone: phone || undefined },
      },
    }));
    setBusy(false);
    if (booking) {
      props.onBooked(booking);
      return;
    }
    setFailure(failed);
    if (failed?.status === 409) {
      props.onTaken();
    }
  };

  const capacity = props.service.capacity ?? 1;
  return (
    <form onSubmit={submit}>
      <TextField label="Your name" value={name} onInput={setName} required autocomplete="name" />
      <TextField label="E-mail (optional)" type="email" value={email} onInput={setEmail} autocomplete="email" />
      <TextField label="Phone (optional)" type="tel" value={phone} onInput={setPhone} autocomplete="tel" inputMode="tel" />
      {capacity > 1 && (
        <NumberField label="Seats" value={seats} onInput={setSeats} min={1} max={props.slot.remainingCapacity ?? capacity} />
      )}
      <ErrorNotice failure={failure} context="booking" />
      <button type="submit" class="primary" disabled={busy}>{busy ? "Booking…" : "Book"}</button>
    </form>
  );
}

function Confirmation(props: {
  organizationId: string; booking: Booking; service: PublicService | null; timeZone: string; practiceTimeZone: string;
  onTimeZone: (zone: string) => void; onChanged: (booking: Booking) => void; onDone: () => void;
}) {
  const { booking } = props;
  const [moving, setMoving] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const cancelled = booking.status === "CANCELLED";

  const change = async (call: Promise<{ data?: Booking; error?: unknown; response: Response }>) => {
    setFailure(null);
    const { booking: changed, failure: failed } = await changeBooking(props.organizationId, call);
    setFailure(failed);
    if (changed) {
      props.onChanged(changed);
      setMoving(false);
    }
  };
  const path = { organizationId: props.organizationId, bookingId: booking.id! };

  return (
    <Section title={cancelled ? "Your booking is cancelled" : "You are booked"}>
      <div role="status" class={cancelled ? "notice" : "notice success"}>
        <p><strong>{props.service?.name ?? "Booking"}</strong> with {booking.provider?.name}</p>
        <p>{formatDateTime(booking.start!, props.timeZone)}</p>
        {(booking.seats ?? 1) > 1 && <p>{booking.seats} seats</p>}
        {booking.price && <p>{formatMoney(booking.price)}</p>}
      </div>
      <ErrorNotice failure={failure} context="change" />
      {!cancelled && !moving && (
        <div class="actions">
          <button type="button" onClick={() => setMoving(true)}>Reschedule</button>
          <button type="button" class="danger" onClick={() => {
            if (window.confirm("Cancel this booking?")) {
              change(api().booking.POST("/v1/organizations/{organizationId}/bookings/{bookingId}/cancel", { params: { path }, body: {} }));
            }
          }}>Cancel booking</button>
        </div>
      )}
      {moving && (
        <div>
          <h3>Pick a new time</h3>
          <WeekOfTimes organizationId={props.organizationId} serviceId={booking.serviceId!} seats={booking.seats ?? 1}
            capacity={props.service?.capacity ?? 1} timeZone={props.timeZone} practiceTimeZone={props.practiceTimeZone}
            onTimeZone={props.onTimeZone}
            onPick={(slot) => change(api().booking.POST("/v1/organizations/{organizationId}/bookings/{bookingId}/reschedule", {
              params: { path }, body: { start: slot.start! },
            }))} />
          <button type="button" onClick={() => setMoving(false)}>Keep the current time</button>
        </div>
      )}
      <button type="button" onClick={props.onDone}>Book something else</button>
    </Section>
  );
}

function MyBookings(props: { organizationId: string; timeZone: string; onOpen: (booking: Booking) => void }) {
  const change = useSignal(lastChange);
  const mine = useLoad(() => answer(api().booking.GET("/v1/organizations/{organizationId}/bookings", {
    params: { path: { organizationId: props.organizationId }, query: { from: new Date().toISOString(), status: "CONFIRMED", size: 20 } },
  })), [props.organizationId, change]);
  const items = mine.data?.items ?? [];
  return (
    <Section title="Your upcoming bookings">
      <ErrorNotice failure={mine.failure} />
      {items.length === 0 ? <p class="muted">None.</p> : (
        <ul class="plain">
          {items.map((b) => (
            <li key={b.id}>
              <button type="button" class="link" onClick={() => props.onOpen(b)}>
                {formatDateTime(b.start!, props.timeZone)} with {b.provider?.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
