// What an error answer means to the person in front of the page, and how it is shown.
import type { Problem } from "./api/client";

export interface Failure {
  status: number;
  title: string;
  detail?: string;
  fields: { field: string; message: string }[];
  retryAfterSeconds?: number;
  /** A refused booking's reasons (the problem's `conflicts` member): APPOINTMENT_CONFLICT, OUTSIDE_DEFAULT_AVAILABILITY, ... */
  conflicts: string[];
}

/** Turns an openapi-fetch error answer (a problem+json body) into a Failure. */
export function failureOf(error: unknown, response: Response): Failure {
  const problem = (error ?? {}) as Partial<Problem> & { conflicts?: string[] };
  const retryAfter = response.headers.get("Retry-After");
  return {
    status: response.status,
    title: problem.title ?? response.statusText ?? "Something went wrong",
    detail: problem.detail,
    fields: problem.errors ?? [],
    retryAfterSeconds: retryAfter ? Number(retryAfter) : undefined,
    conflicts: problem.conflicts ?? [],
  };
}

/** The sentence a person reads for a failure, by what happened. */
export function explain(failure: Failure, context: "booking" | "change" | "load" = "load"): string {
  switch (failure.status) {
    case 409:
      if (failure.conflicts.includes("AVAILABILITY_EXCEPTION_CONFLICT")) {
        return "The practice is closed at that time (a holiday or time off). Please pick another day.";
      }
      if (failure.conflicts.includes("OUTSIDE_DEFAULT_AVAILABILITY")) {
        return "The practice is not open at that time. Please pick another time.";
      }
      if (failure.conflicts.includes("PAST")) {
        return "That time has already passed. Please pick a later time.";
      }
      return context === "booking"
        ? "Sorry, that time was just taken by someone else. Please pick another time."
        : failure.detail ?? "This was changed by someone else meanwhile. Reload and try again.";
    case 429:
      return `Too many requests right now. Please wait ${failure.retryAfterSeconds ?? "a few"} seconds and try again.`;
    case 401:
      return "Your sign-in has expired. Please sign in again.";
    case 403:
    case 404:
      return "You cannot see or change this with your current sign-in.";
    case 503:
      return "The booking system is busy catching up. Please try again in a moment.";
    default:
      return failure.status >= 500
        ? "The booking system could not answer. Please try again in a moment."
        : failure.detail ?? failure.title;
  }
}

export function ErrorNotice(props: { failure: Failure | null; context?: "booking" | "change" | "load" }) {
  if (!props.failure) {
    return null;
  }
  return (
    <div class="notice error" role="alert">
      <p>{explain(props.failure, props.context)}</p>
      {props.failure.fields.length > 0 && (
        <ul>
          {props.failure.fields.map((field) => <li key={field.field}><strong>{field.field}</strong>: {field.message}</li>)}
        </ul>
      )}
    </div>
  );
}
