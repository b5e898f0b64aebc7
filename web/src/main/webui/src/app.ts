// The app's run-time wiring: the services' clients, made once from the web server's configuration.
import { apiClients, CONSISTENCY_TOKEN_HEADER, type Api, type ApiBases, type Booking } from "./api/client";
import { answer } from "./forms";
import type { Failure } from "./problems";
import { signal } from "./signal";

export interface DemoPractice {
  organizationId: string;
  identities: { label: string; token: string }[];
}

export interface ClientConfig {
  api: ApiBases;
  demo: DemoPractice | null;
}

let clients: Api | null = null;
let loaded: ClientConfig | null = null;

export async function loadConfig(): Promise<void> {
  const response = await fetch("/api/config");
  loaded = await response.json();
  clients = apiClients(loaded!.api);
}

export function api(): Api {
  return clients!;
}

export function config(): ClientConfig {
  return loaded!;
}

/** A booking change this tab made (booking, reschedule, cancel), as its answer's consistency token names it. */
export interface Change {
  organizationId: string;
  token: string;
}

/**
 * The last booking change this tab made: availability queries of that organization send its token, so that they
 * answer with the change applied (docs/api.md, reading your own writes).
 */
export const lastChange = signal<Change | undefined>(undefined);

function rememberChange(organizationId: string, response: Response) {
  const token = response.headers.get(CONSISTENCY_TOKEN_HEADER);
  if (token) {
    lastChange.set({ organizationId, token });
  }
}

/**
 * Answers a booking change (booking, reschedule, cancel): the booking as it is now, remembering the answer's
 * consistency token for the availability queries after it; or the failure to show.
 */
export async function changeBooking(organizationId: string,
  call: Promise<{ data?: Booking; error?: unknown; response: Response }>): Promise<{ booking: Booking | null; failure: Failure | null }> {
  const result = await answer(call.then((r) => {
    if (r.response.ok) {
      rememberChange(organizationId, r.response);
    }
    return r;
  }));
  return { booking: result.data, failure: result.failure };
}
