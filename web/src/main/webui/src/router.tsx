// Client-side routes on the History API (Quinoa answers every unknown path with index.html).
import type { ComponentChildren } from "preact";
import { signal, useSignal } from "./signal";

const location = signal(window.location.pathname + window.location.search);
window.addEventListener("popstate", () => location.set(window.location.pathname + window.location.search));

export function navigate(to: string) {
  if (to !== location.get()) {
    window.history.pushState(null, "", to);
    location.set(to);
    window.scrollTo(0, 0);
  }
}

export function useLocation(): { path: string; query: URLSearchParams } {
  const current = useSignal(location);
  const url = new URL(current, window.location.origin);
  return { path: url.pathname, query: url.searchParams };
}

export function Link(props: { href: string; class?: string; children: ComponentChildren; "aria-current"?: "page" }) {
  return (
    <a href={props.href} class={props.class} aria-current={props["aria-current"]}
      onClick={(event) => {
        if (!event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
          event.preventDefault();
          navigate(props.href);
        }
      }}>
      {props.children}
    </a>
  );
}
