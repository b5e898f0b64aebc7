// Who is signed in: a bearer token from the platform's identity provider (or a local stack's demo identity),
// kept for this browser tab only.
import { signal } from "./signal";

export type Role = "OWNER" | "ADMIN_ASSISTANT" | "PROVIDER" | "CLIENT" | "PLATFORM" | "SERVICE";

export interface Identity {
  token: string;
  subject: string;
  roles: Role[];
  organizationId?: string;
  providerId?: string;
  expiresAt: number;
}

const STORAGE_KEY = "tempora.token";

function decode(token: string): Identity | null {
  const parts = token.split(".");
  if (parts.length !== 3) {
    return null;
  }
  try {
    const json = atob(parts[1].replace(/-/g, "+").replace(/_/g, "/"));
    const claims = JSON.parse(decodeURIComponent(escape(json)));
    return {
      token,
      subject: String(claims.sub ?? ""),
      roles: Array.isArray(claims.groups) ? claims.groups : [],
      organizationId: claims.org_id,
      providerId: claims.provider_id,
      expiresAt: Number(claims.exp ?? 0) * 1000,
    };
  } catch {
    return null;
  }
}

const current = signal<Identity | null>(null);

function restore() {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  const identity = stored ? decode(stored) : null;
  current.set(identity && identity.expiresAt > Date.now() ? identity : null);
}
restore();

export const session = {
  identity: current,
  token(): string | null {
    const identity = current.get();
    return identity && identity.expiresAt > Date.now() ? identity.token : null;
  },
  /** Signs in with a token; false when it is not a token this app can read. */
  signIn(token: string): boolean {
    const identity = decode(token.trim());
    if (!identity) {
      return false;
    }
    sessionStorage.setItem(STORAGE_KEY, identity.token);
    current.set(identity);
    return true;
  },
  signOut() {
    sessionStorage.removeItem(STORAGE_KEY);
    current.set(null);
  },
  isStaffOf(organizationId: string): boolean {
    const identity = current.get();
    return !!identity && identity.organizationId === organizationId
      && identity.roles.some((role) => role === "OWNER" || role === "ADMIN_ASSISTANT" || role === "PROVIDER");
  },
  isOwnerOf(organizationId: string): boolean {
    const identity = current.get();
    return !!identity && identity.organizationId === organizationId && identity.roles.includes("OWNER");
  },
  clientOf(organizationId: string): Identity | null {
    const identity = current.get();
    return identity && identity.organizationId === organizationId && identity.roles.includes("CLIENT") ? identity : null;
  },
};
