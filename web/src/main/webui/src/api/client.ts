// The four services' typed clients, generated at build time from their OpenAPI documents (scripts/generate-api.mjs).
import createClient, { type Middleware } from "openapi-fetch";
import type { paths as AvailabilityPaths, components as AvailabilityComponents } from "./generated/availability";
import type { paths as ProviderPaths, components as ProviderComponents } from "./generated/provider";
import type { paths as ResourcePaths, components as ResourceComponents } from "./generated/resource";
import type { paths as BookingPaths, components as BookingComponents } from "./generated/booking";
import { session } from "../session";

export type Availability = AvailabilityComponents["schemas"]["Availability"];
/** A free time as both answer forms give it; the pages ask for the compact form, which lists providers once. */
export type FreeTime = Pick<AvailabilityComponents["schemas"]["CompactAvailabilitySlot"], "start" | "end" | "remainingCapacity">;
export type ProviderDay = AvailabilityComponents["schemas"]["ProviderDay"];
export type AvailabilityCheck = AvailabilityComponents["schemas"]["AvailabilityCheck"];
export type NoSlotReason = AvailabilityComponents["schemas"]["NoSlotReason"];
export type Organization = ProviderComponents["schemas"]["Organization"];
export type Provider = ProviderComponents["schemas"]["Provider"];
export type ProviderListing = ProviderComponents["schemas"]["ProviderListing"];
export type ServiceListing = ProviderComponents["schemas"]["ServiceListing"];
export type Service = ProviderComponents["schemas"]["Service"];
export type PublicService = ProviderComponents["schemas"]["PublicService"];
export type Money = ProviderComponents["schemas"]["Money"];
export type TimeOff = ProviderComponents["schemas"]["TimeOff"];
export type DayOfWeek = ProviderComponents["schemas"]["DayOfWeek"];
export type Schedule = ProviderComponents["schemas"]["Schedule"];
export type DateOverride = ProviderComponents["schemas"]["DateOverride"];
export type ResourceType = ResourceComponents["schemas"]["ResourceType"];
export type Resource = ResourceComponents["schemas"]["Resource"];
export type Booking = BookingComponents["schemas"]["Booking"];
export type BookingStatus = BookingComponents["schemas"]["BookingStatus"];
export type Problem = BookingComponents["schemas"]["Problem"];

export interface ApiBases {
  availability: string;
  provider: string;
  resource: string;
  booking: string;
}

const bearer: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) {
      request.headers.set("Authorization", `Bearer ${token}`);
    }
    return request;
  },
};

function clientOf<Paths extends {}>(baseUrl: string) {
  const client = createClient<Paths>({ baseUrl: baseUrl.replace(/\/$/, "") });
  client.use(bearer);
  return client;
}

export function apiClients(bases: ApiBases) {
  return {
    availability: clientOf<AvailabilityPaths>(bases.availability),
    provider: clientOf<ProviderPaths>(bases.provider),
    resource: clientOf<ResourcePaths>(bases.resource),
    booking: clientOf<BookingPaths>(bases.booking),
  };
}

export type Api = ReturnType<typeof apiClients>;

/** The header a booking, reschedule or cancellation answers with; availability waits for that change when given it. */
export const CONSISTENCY_TOKEN_HEADER = "Tempora-Consistency-Token";
