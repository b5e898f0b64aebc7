// A week of free times for one service, in a chosen time zone, each with the seats left; days without any say why.
import { useState } from "preact/hooks";
import type { FreeTime, NoSlotReason } from "../api/client";
import { api, lastChange } from "../app";
import { answer, Loading, SelectField, useLoad } from "../forms";
import { ErrorNotice } from "../problems";
import { useSignal } from "../signal";
import { addDays, formatDay, formatTime, todayIn, timeZoneChoices } from "../time";

const WHY_NO_TIMES: Partial<Record<NoSlotReason, string>> = {
  CLOSED: "Closed",
  OFF: "No one is in",
  TIME_OFF: "No one is in",
  PAST: "Past",
  NOTICE: "Too soon to book",
  BEYOND_MAXIMUM_ADVANCE: "Not open for booking yet",
  FULLY_BOOKED: "Fully booked",
  HOURS_TOO_SHORT: "No free times",
  NO_FREE_RESOURCE: "Fully booked",
};

export interface WeekOfTimesProps {
  organizationId: string;
  serviceId: string;
  providerId?: string;
  seats: number;
  capacity: number;
  timeZone: string;
  practiceTimeZone: string;
  onTimeZone: (timeZone: string) => void;
  onPick: (slot: FreeTime) => void;
  picked?: string;
  /** Changing it asks for the week again. */
  refresh?: number;
}

export function WeekOfTimes(props: WeekOfTimesProps) {
  const [from, setFrom] = useState(todayIn(props.timeZone));
  const to = addDays(from, 6);
  const change = useSignal(lastChange);
  const consistencyToken = change?.organizationId === props.organizationId ? change.token : undefined;
  const week = useLoad(() => answer(api().availability.GET("/v1/organizations/{organizationId}/availability", {
    params: {
      path: { organizationId: props.organizationId },
      query: {
        serviceId: props.serviceId, from, to, timezone: props.timeZone, seats: props.seats,
        providerId: props.providerId, consistencyToken, form: "compact",
      },
    },
  })), [props.organizationId, props.serviceId, props.providerId, props.seats, props.timeZone, from, consistencyToken, props.refresh]);

  const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
  const answered: { date?: string; slots?: FreeTime[] }[] = week.data?.days ?? [];
  const slotsOn = (date: string) => answered.find((day) => day.date === date)?.slots ?? [];
  const canGoBack = from > todayIn(props.timeZone);

  return (
    <div class="week">
      <div class="week-controls">
        <SelectField label="Times shown in" value={props.timeZone} onChange={props.onTimeZone}
          options={timeZoneChoices(props.timeZone, props.practiceTimeZone).map((zone) => ({
            value: zone, label: zone === props.practiceTimeZone ? `${zone} (the practice)` : zone,
          }))} />
        <div class="week-nav" role="group" aria-label="Week">
          <button type="button" disabled={!canGoBack} onClick={() => setFrom(addDays(from, -7))}>Previous week</button>
          <span aria-live="polite">{formatDay(from)} – {formatDay(to)}</span>
          <button type="button" onClick={() => setFrom(addDays(from, 7))}>Next week</button>
        </div>
      </div>
      <ErrorNotice failure={week.failure} />
      {week.loading && !week.data ? <Loading what="free times" /> : (
        <div class="days" aria-busy={week.loading}>
          {days.map((date) => (
            <DayOfTimes key={date} date={date} slots={slotsOn(date)} {...props} />
          ))}
        </div>
      )}
    </div>
  );
}

function DayOfTimes(props: WeekOfTimesProps & { date: string; slots: FreeTime[] }) {
  return (
    <section class="day" aria-label={formatDay(props.date, "long")}>
      <h3>{formatDay(props.date)}</h3>
      {props.slots.length === 0 ? <NoTimes {...props} /> : (
        <ul class="slots">
          {props.slots.map((slot) => (
            <li key={slot.start}>
              <button type="button" class="slot" aria-pressed={props.picked === slot.start}
                onClick={() => props.onPick(slot)}>
                {formatTime(slot.start!, props.timeZone)}
                {props.capacity > 1 && <small>{seatsLeft(slot.remainingCapacity ?? 0)}</small>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function seatsLeft(seats: number): string {
  return seats === 1 ? "1 seat left" : `${seats} seats left`;
}

/** Why a day offers nothing (closed, fully booked, ...), from who has time that day. */
function NoTimes(props: WeekOfTimesProps & { date: string }) {
  const why = useLoad(() => answer(api().availability.GET("/v1/organizations/{organizationId}/availability/providers", {
    params: { path: { organizationId: props.organizationId }, query: { date: props.date, serviceId: props.serviceId, timezone: props.timeZone } },
  })), [props.organizationId, props.serviceId, props.date, props.timeZone]);
  const reasons = (why.data?.providers ?? [])
    .filter((provider) => !props.providerId || provider.id === props.providerId)
    .map((provider) => provider.reason)
    .filter((reason): reason is NoSlotReason => !!reason);
  const reason = reasons.find((r) => r === "FULLY_BOOKED") ?? reasons[0];
  return <p class="muted no-times">{(reason && WHY_NO_TIMES[reason]) || "No free times"}</p>;
}
