// Signing in: the platform's identity provider sends people back here with #access_token=<token>; a local
// stack also offers its demo practice's identities, and anyone can paste a token.
import { useEffect, useState } from "preact/hooks";
import { config } from "../app";
import { TextField } from "../forms";
import { navigate, useLocation } from "../router";
import { session } from "../session";

export function SignIn() {
  const { query } = useLocation();
  const next = safeNext(query.get("next"));
  const [token, setToken] = useState("");
  const [refused, setRefused] = useState(false);
  const demo = config().demo;

  const signIn = (candidate: string) => {
    if (session.signIn(candidate)) {
      const organizationId = session.identity.get()?.organizationId;
      navigate(next ?? (organizationId ? `/o/${organizationId}` : "/"));
    } else {
      setRefused(true);
    }
  };

  useEffect(() => {
    const fragment = new URLSearchParams(window.location.hash.slice(1));
    const fromProvider = fragment.get("access_token");
    if (fromProvider) {
      // keep the token out of the address bar and the history
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
      signIn(fromProvider);
    }
  }, []);

  return (
    <main id="main">
      <h1>Sign in</h1>
      {demo && (
        <section class="card" aria-labelledby="demo-heading">
          <h2 id="demo-heading">Demo practice</h2>
          <p class="muted">This local stack signs you in as anyone of its demo practice.</p>
          <div class="actions">
            {demo.identities.map((identity) => (
              <button key={identity.label} type="button" onClick={() => signIn(identity.token)}>{identity.label}</button>
            ))}
          </div>
        </section>
      )}
      <form class="card" onSubmit={(e) => { e.preventDefault(); signIn(token); }}>
        <h2>With a token</h2>
        <TextField label="Bearer token" value={token} onInput={(value) => { setToken(value); setRefused(false); }} required
          hint="A token from your platform's sign-in" />
        {refused && <p role="alert" class="notice error">That is not a token this site can use.</p>}
        <button type="submit" class="primary">Sign in</button>
      </form>
    </main>
  );
}

/** Only a path of this site, never another site's address. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : null;
}
