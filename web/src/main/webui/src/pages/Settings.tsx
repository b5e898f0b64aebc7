// The owner's settings: providers, services and who offers them, weekly schedules and date overrides,
// resources and what each service needs of them.
import { useState } from "preact/hooks";
import type { DayOfWeek, Provider, ResourceType, Service } from "../api/client";
import { api } from "../app";
import { formatDuration, formatMoney } from "../components/money";
import { answer, CheckboxField, Loading, NumberField, Section, SelectField, TextField, useLoad } from "../forms";
import { ErrorNotice, type Failure } from "../problems";
import { session } from "../session";
import { todayIn } from "../time";

const WEEKDAYS: DayOfWeek[] = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

/** Runs a change, shows its failure, and reloads what it changed. */
function useChange(reload: () => void) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = async (call: Promise<{ data?: unknown; error?: unknown; response: Response }>, what: string) => {
    const result = await answer(call);
    setFailure(result.failure);
    setDone(result.failure ? null : what);
    if (!result.failure) {
      reload();
    }
    return !result.failure;
  };
  const feedback = (
    <>
      <ErrorNotice failure={failure} context="change" />
      {done && <p role="status" class="notice success">{done}</p>}
    </>
  );
  return { run, feedback };
}

export function Settings(props: { organizationId: string }) {
  const organizationId = props.organizationId;
  const [round, setRound] = useState(0);
  const reload = () => setRound((r) => r + 1);
  const data = useLoad(async () => {
    const path = { organizationId };
    const [organization, providers, services, types, resources] = await Promise.all([
      answer(api().provider.GET("/v1/organizations/{organizationId}", { params: { path } })),
      answer(api().provider.GET("/v1/organizations/{organizationId}/providers", { params: { path, query: { size: 100 } } })),
      answer(api().provider.GET("/v1/organizations/{organizationId}/services", { params: { path, query: { size: 100 } } })),
      answer(api().resource.GET("/v1/organizations/{organizationId}/resource-types", { params: { path, query: { size: 100 } } })),
      answer(api().resource.GET("/v1/organizations/{organizationId}/resources", { params: { path, query: { size: 100 } } })),
    ]);
    const failure = organization.failure ?? providers.failure ?? services.failure ?? types.failure ?? resources.failure;
    return failure ? { data: null, failure } : {
      data: {
        organization: organization.data!,
        providers: (providers.data!.items ?? []) as Provider[],
        services: (services.data!.items ?? []) as Service[],
        types: types.data!.items ?? [],
        resources: resources.data!.items ?? [],
      },
      failure: null,
    };
  }, [organizationId, round]);

  if (!session.isOwnerOf(organizationId)) {
    return <main id="main"><h1>Settings</h1><p>Only the practice's owner changes its settings.</p></main>;
  }
  if (data.failure) {
    return <main id="main"><h1>Settings</h1><ErrorNotice failure={data.failure} /></main>;
  }
  if (!data.data) {
    return <main id="main"><h1>Settings</h1><Loading what="the settings" /></main>;
  }
  const { organization, providers, services, types, resources } = data.data;
  return (
    <main id="main" class="settings">
      <h1>Settings · {organization.name}</h1>
      <ProvidersSettings organizationId={organizationId} providers={providers} reload={reload} />
      <ServicesSettings organizationId={organizationId} services={services} providers={providers} currency={services.find((s) => s.price)?.price?.currency ?? "USD"} reload={reload} />
      <ScheduleSettings organizationId={organizationId} providers={providers} timeZone={organization.timeZone!} />
      <DateOverrideSettings organizationId={organizationId} timeZone={organization.timeZone!} />
      <ResourceSettings organizationId={organizationId} types={types} resources={resources} services={services} reload={reload} />
    </main>
  );
}

function ProvidersSettings(props: { organizationId: string; providers: Provider[]; reload: () => void }) {
  const [name, setName] = useState("");
  const [color, setColor] = useState("#1e88e5");
  const [specialties, setSpecialties] = useState("");
  const { run, feedback } = useChange(props.reload);
  return (
    <Section title="Providers">
      <ul class="plain">
        {props.providers.map((p) => (
          <li key={p.id}><span class="swatch" style={{ background: p.colorCode ?? "#888" }} aria-hidden="true" /> {p.name}
            {(p.specialties?.length ?? 0) > 0 && <span class="muted"> · {p.specialties!.join(", ")}</span>}
            {p.active === false && <span class="muted"> · inactive</span>}</li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={async (e) => {
        e.preventDefault();
        const ok = await run(api().provider.POST("/v1/organizations/{organizationId}/providers", {
          params: { path: { organizationId: props.organizationId } },
          body: { type: "INDIVIDUAL", name, colorCode: color, specialties: splitList(specialties) },
        }), `Added ${name}.`);
        if (ok) {
          setName("");
          setSpecialties("");
        }
      }}>
        <h3>Add a provider</h3>
        <TextField label="Name" value={name} onInput={setName} required />
        <TextField label="Colour" type="color" value={color} onInput={setColor} />
        <TextField label="Specialties" value={specialties} onInput={setSpecialties} hint="comma separated" />
        <button type="submit">Add provider</button>
      </form>
      {feedback}
    </Section>
  );
}

function splitList(text: string): string[] {
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}

function ServicesSettings(props: { organizationId: string; services: Service[]; providers: Provider[]; currency: string; reload: () => void }) {
  const [name, setName] = useState("");
  const [duration, setDuration] = useState(30);
  const [capacity, setCapacity] = useState(1);
  const [price, setPrice] = useState(0);
  const [currency, setCurrency] = useState(props.currency);
  const [clientChooses, setClientChooses] = useState(true);
  const { run, feedback } = useChange(props.reload);
  const providerName = (id?: string) => props.providers.find((p) => p.id === id)?.name ?? id;
  return (
    <Section title="Services">
      <ul class="plain">
        {props.services.map((s) => (
          <li key={s.id} class="service-row">
            <strong>{s.name}</strong> · {formatDuration(s.durationMinutes)} · {formatMoney(s.price)}
            {(s.capacity ?? 1) > 1 && ` · up to ${s.capacity}`} · {s.providerSelection === "CLIENT_CHOOSES" ? "client chooses" : "assigned automatically"}
            <ul>
              {(s.providers ?? []).map((a) => (
                <li key={a.providerId}>{providerName(a.providerId)} (priority {a.priority}
                  {a.durationMinutes ? `, ${formatDuration(a.durationMinutes)}` : ""}{a.price ? `, ${formatMoney(a.price)}` : ""})</li>
              ))}
            </ul>
            <AssignProvider organizationId={props.organizationId} service={s} providers={props.providers} run={run} />
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={async (e) => {
        e.preventDefault();
        const ok = await run(api().provider.POST("/v1/organizations/{organizationId}/services", {
          params: { path: { organizationId: props.organizationId } },
          body: {
            name, durationMinutes: duration, capacity, price: { amount: price, currency },
            providerSelection: clientChooses ? "CLIENT_CHOOSES" : "AUTO_ASSIGN",
          },
        }), `Added ${name}.`);
        if (ok) {
          setName("");
        }
      }}>
        <h3>Add a service</h3>
        <TextField label="Service name" value={name} onInput={setName} required />
        <NumberField label="Minutes" value={duration} onInput={setDuration} min={1} max={1440} />
        <NumberField label="Capacity (seats)" value={capacity} onInput={setCapacity} min={1} max={1000} />
        <NumberField label="Price" value={price} onInput={setPrice} min={0} step={0.01} />
        <TextField label="Currency" value={currency} onInput={setCurrency} pattern="[A-Z]{3}" />
        <CheckboxField label="Clients choose their provider" checked={clientChooses} onChange={setClientChooses} />
        <button type="submit">Add service</button>
      </form>
      {feedback}
    </Section>
  );
}

function AssignProvider(props: {
  organizationId: string; service: Service; providers: Provider[];
  run: (call: Promise<{ data?: unknown; error?: unknown; response: Response }>, what: string) => Promise<boolean>;
}) {
  const unassigned = props.providers.filter((p) => !(props.service.providers ?? []).some((a) => a.providerId === p.id));
  const [providerId, setProviderId] = useState(unassigned[0]?.id ?? "");
  const [priority, setPriority] = useState(0);
  const [duration, setDuration] = useState(0);
  const [price, setPrice] = useState(0);
  if (unassigned.length === 0) {
    return null;
  }
  return (
    <form class="inline-form compact" onSubmit={(e) => {
      e.preventDefault();
      props.run(api().provider.POST("/v1/organizations/{organizationId}/services/{serviceId}/providers", {
        params: { path: { organizationId: props.organizationId, serviceId: props.service.id! } },
        body: {
          providerId: providerId || unassigned[0].id, priority,
          durationMinutes: duration || undefined,
          price: price ? { amount: price, currency: props.service.price?.currency ?? "USD" } : undefined,
        },
      }), `Assigned to ${props.service.name}.`);
    }}>
      <SelectField label={`Offer ${props.service.name} by`} value={providerId} onChange={setProviderId}
        options={unassigned.map((p) => ({ value: p.id!, label: p.name! }))} />
      <NumberField label="Priority" value={priority} onInput={setPriority} min={0} max={10000} />
      <NumberField label="Own minutes (0: the service's)" value={duration} onInput={setDuration} min={0} max={1440} />
      <NumberField label="Own price (0: the service's)" value={price} onInput={setPrice} min={0} step={0.01} />
      <button type="submit">Assign</button>
    </form>
  );
}

function ScheduleSettings(props: { organizationId: string; providers: Provider[]; timeZone: string }) {
  const [providerId, setProviderId] = useState(props.providers[0]?.id ?? "");
  const [days, setDays] = useState<DayOfWeek[]>(["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]);
  const [start, setStart] = useState("09:00");
  const [end, setEnd] = useState("17:00");
  const [from, setFrom] = useState(todayIn(props.timeZone));
  const [round, setRound] = useState(0);
  const { run, feedback } = useChange(() => setRound((r) => r + 1));
  const schedules = useLoad(async () => providerId ? answer(api().provider.GET("/v1/organizations/{organizationId}/providers/{providerId}/schedules", {
    params: { path: { organizationId: props.organizationId, providerId } },
  })) : { data: [], failure: null }, [providerId, round]);
  return (
    <Section title="Weekly schedules">
      <SelectField label="Provider" value={providerId} onChange={setProviderId}
        options={props.providers.map((p) => ({ value: p.id!, label: p.name! }))} />
      <ul class="plain">
        {(schedules.data ?? []).map((s) => (
          <li key={s.id}>{s.name ?? "Schedule"} from {s.effectiveFrom}{s.effectiveUntil ? ` to ${s.effectiveUntil}` : ""}:{" "}
            {(s.blocks ?? []).map((b) => `${b.dayOfWeek?.slice(0, 3).toLowerCase()} ${b.start}–${b.end}`).join(", ")}</li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={(e) => {
        e.preventDefault();
        run(api().provider.POST("/v1/organizations/{organizationId}/providers/{providerId}/schedules", {
          params: { path: { organizationId: props.organizationId, providerId } },
          body: { name: "Weekly hours", effectiveFrom: from, blocks: days.map((dayOfWeek) => ({ dayOfWeek, start, end, type: "AVAILABLE" as const })) },
        }), "Schedule added.");
      }}>
        <h3>Add weekly hours</h3>
        <fieldset class="weekdays">
          <legend>Days</legend>
          {WEEKDAYS.map((day) => (
            <CheckboxField key={day} label={day.charAt(0) + day.slice(1, 3).toLowerCase()} checked={days.includes(day)}
              onChange={(on) => setDays(on ? [...days, day] : days.filter((d) => d !== day))} />
          ))}
        </fieldset>
        <TextField label="From" type="time" value={start} onInput={setStart} required />
        <TextField label="To" type="time" value={end} onInput={setEnd} required />
        <TextField label="Starting on" type="date" value={from} onInput={setFrom} required />
        <button type="submit">Add schedule</button>
      </form>
      {feedback}
    </Section>
  );
}

function DateOverrideSettings(props: { organizationId: string; timeZone: string }) {
  const [date, setDate] = useState(todayIn(props.timeZone));
  const [name, setName] = useState("");
  const [closed, setClosed] = useState(true);
  const [start, setStart] = useState("10:00");
  const [end, setEnd] = useState("14:00");
  const [round, setRound] = useState(0);
  const { run, feedback } = useChange(() => setRound((r) => r + 1));
  const overrides = useLoad(() => answer(api().provider.GET("/v1/organizations/{organizationId}/date-overrides", {
    params: { path: { organizationId: props.organizationId }, query: { size: 100 } },
  })), [round]);
  return (
    <Section title="Holidays and special hours">
      <ul class="plain">
        {(overrides.data?.items ?? []).map((o) => (
          <li key={o.id}>{o.date} {o.name && `(${o.name})`}: {o.closed ? "closed" : (o.intervals ?? []).map((i) => `${i.start}–${i.end}`).join(", ")}</li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={(e) => {
        e.preventDefault();
        run(api().provider.POST("/v1/organizations/{organizationId}/date-overrides", {
          params: { path: { organizationId: props.organizationId } },
          body: { date, name: name || undefined, closed, intervals: closed ? undefined : [{ start, end }] },
        }), `Saved ${date}.`);
      }}>
        <h3>Add a date</h3>
        <TextField label="Date" type="date" value={date} onInput={setDate} required />
        <TextField label="Name" value={name} onInput={setName} placeholder="e.g. Christmas" />
        <CheckboxField label="Closed all day" checked={closed} onChange={setClosed} />
        {!closed && <><TextField label="Open from" type="time" value={start} onInput={setStart} /><TextField label="Open until" type="time" value={end} onInput={setEnd} /></>}
        <button type="submit">Save date</button>
      </form>
      {feedback}
    </Section>
  );
}

function ResourceSettings(props: {
  organizationId: string; types: ResourceType[]; resources: { id?: string; name?: string; resourceTypeId?: string; capacity?: number }[];
  services: Service[]; reload: () => void;
}) {
  const path = { organizationId: props.organizationId };
  const [typeName, setTypeName] = useState("");
  const [resourceName, setResourceName] = useState("");
  const [resourceType, setResourceType] = useState(props.types[0]?.id ?? "");
  const [capacity, setCapacity] = useState(1);
  const [serviceId, setServiceId] = useState(props.services[0]?.id ?? "");
  const [requiredType, setRequiredType] = useState(props.types[0]?.id ?? "");
  const [quantity, setQuantity] = useState(1);
  const { run, feedback } = useChange(props.reload);
  const typeName0 = (id?: string) => props.types.find((t) => t.id === id)?.name ?? "";
  return (
    <Section title="Resources">
      <ul class="plain">
        {props.resources.map((r) => <li key={r.id}>{r.name} · {typeName0(r.resourceTypeId)}{(r.capacity ?? 1) > 1 && ` · capacity ${r.capacity}`}</li>)}
      </ul>
      <form class="inline-form" onSubmit={(e) => {
        e.preventDefault();
        run(api().resource.POST("/v1/organizations/{organizationId}/resource-types", { params: { path }, body: { name: typeName } }), `Added ${typeName}.`);
      }}>
        <h3>Add a kind of resource</h3>
        <TextField label="Kind" value={typeName} onInput={setTypeName} required placeholder="e.g. Treatment room" />
        <button type="submit">Add kind</button>
      </form>
      {props.types.length > 0 && (
        <form class="inline-form" onSubmit={(e) => {
          e.preventDefault();
          run(api().resource.POST("/v1/organizations/{organizationId}/resources", {
            params: { path }, body: { resourceTypeId: resourceType || props.types[0].id!, name: resourceName, capacity },
          }), `Added ${resourceName}.`);
        }}>
          <h3>Add a resource</h3>
          <SelectField label="Kind" value={resourceType} onChange={setResourceType} options={props.types.map((t) => ({ value: t.id!, label: t.name! }))} />
          <TextField label="Resource name" value={resourceName} onInput={setResourceName} required />
          <NumberField label="Capacity" value={capacity} onInput={setCapacity} min={1} />
          <button type="submit">Add resource</button>
        </form>
      )}
      {props.types.length > 0 && props.services.length > 0 && (
        <form class="inline-form" onSubmit={(e) => {
          e.preventDefault();
          run(api().resource.PUT("/v1/organizations/{organizationId}/services/{serviceId}/resource-requirements", {
            params: { path: { ...path, serviceId: serviceId || props.services[0].id! } },
            body: { requirements: [{ resourceTypeId: requiredType || props.types[0].id!, quantity }] },
          }), "Requirement saved.");
        }}>
          <h3>What a service needs</h3>
          <SelectField label="Service" value={serviceId} onChange={setServiceId} options={props.services.map((s) => ({ value: s.id!, label: s.name! }))} />
          <SelectField label="Needs" value={requiredType} onChange={setRequiredType} options={props.types.map((t) => ({ value: t.id!, label: t.name! }))} />
          <NumberField label="How many" value={quantity} onInput={setQuantity} min={1} max={100} />
          <button type="submit">Save requirement</button>
        </form>
      )}
      {feedback}
    </Section>
  );
}
