// The app's run-time wiring: the services' clients, made once from the web server's configuration.
import { apiClients, CONSISTENCY_TOKEN_HEADER, type Api, type ApiBases } from "./api/client";
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

export function rememberChange(organizationId: string, response: Response) {
  const token = response.headers.get(CONSISTENCY_TOKEN_HEADER);
  if (token) {
    lastChange.set({ organizationId, token });
  }
}
