// Labelled form controls (every input has a visible label a screen reader announces) and data loading.
import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useId, useState } from "preact/hooks";
import { failureOf, type Failure } from "./problems";

export function TextField(props: {
  label: string; value: string; onInput: (value: string) => void; type?: string; required?: boolean;
  autocomplete?: string; placeholder?: string; hint?: string; pattern?: string; inputMode?: string;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input id={id} type={props.type ?? "text"} value={props.value} required={props.required}
        autocomplete={props.autocomplete} placeholder={props.placeholder} pattern={props.pattern}
        inputMode={props.inputMode as never}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onInput={(event) => props.onInput((event.target as HTMLInputElement).value)} />
      {props.hint && <small id={`${id}-hint`}>{props.hint}</small>}
    </div>
  );
}

export function NumberField(props: { label: string; value: number; onInput: (value: number) => void; min?: number; max?: number; step?: number }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input id={id} type="number" value={props.value} min={props.min} max={props.max} step={props.step ?? 1}
        onInput={(event) => props.onInput(Number((event.target as HTMLInputElement).value))} />
    </div>
  );
}

export function SelectField(props: {
  label: string; value: string; onChange: (value: string) => void; options: { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(event) => props.onChange((event.target as HTMLSelectElement).value)}>
        {props.options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </div>
  );
}

export function CheckboxField(props: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div class="field checkbox">
      <input id={id} type="checkbox" checked={props.checked}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(event) => props.onChange((event.target as HTMLInputElement).checked)} />
      <label for={id}>{props.label}</label>
      {props.hint && <small id={`${id}-hint`}>{props.hint}</small>}
    </div>
  );
}

export function Section(props: { title: string; children: ComponentChildren; id?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} class="card" id={props.id}>
      <h2 id={id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** What one openapi-fetch call answers: its data, or the failure to show. */
export type Answer<T> = { data: T; failure: null } | { data: null; failure: Failure };

export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Answer<T>> {
  try {
    const { data, error, response } = await call;
    if (response.ok) {
      return { data: data as T, failure: null };
    }
    return { data: null, failure: failureOf(error, response) };
  } catch {
    return { data: null, failure: { status: 0, title: "The booking system cannot be reached. Check your connection.", fields: [], conflicts: [] } };
  }
}

/** Loads data when its inputs change; reload() asks again. */
export function useLoad<T>(load: () => Promise<Answer<T>>, inputs: unknown[]) {
  const [state, setState] = useState<{ data: T | null; failure: Failure | null; loading: boolean }>(
    { data: null, failure: null, loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then((result) => {
      if (current) {
        setState({ data: result.data, failure: result.failure, loading: false });
      }
    });
    return () => {
      current = false;
    };
  }, [...inputs, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

export function Loading(props: { what: string }) {
  return <p role="status" class="muted">Loading {props.what}…</p>;
}
