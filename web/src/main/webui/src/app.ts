// The app's run-time wiring: the services' clients, made once from the web server's configuration.
import { apiClients, type Api, type ApiBases } from "./api/client";
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

/**
 * The last consistency token this tab received for a booking change (booking, reschedule, cancel): availability
 * queries send it so that they answer with that change applied (docs/api.md, reading your own writes).
 */
export const lastChange = signal<string | undefined>(undefined);
