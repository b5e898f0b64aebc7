// The layout and the routes: /o/{organization} is a practice's public booking page, /desk its front desk,
// /settings its settings; /sign-in takes a token.
import { config } from "./app";
import { BookingPage } from "./pages/BookingPage";
import { FrontDesk } from "./pages/FrontDesk";
import { Home } from "./pages/Home";
import { Settings } from "./pages/Settings";
import { SignIn } from "./pages/SignIn";
import { Link, navigate, useLocation } from "./router";
import { session } from "./session";
import { useSignal } from "./signal";

const ROLE_LABELS: Record<string, string> = {
  OWNER: "owner", ADMIN_ASSISTANT: "front desk", PROVIDER: "provider", CLIENT: "client", PLATFORM: "platform",
};

export function App() {
  const { path } = useLocation();
  const identity = useSignal(session.identity);
  const practice = /^\/o\/([0-9a-fA-F-]{36})(\/.*)?$/.exec(path);
  const organizationId = practice?.[1] ?? identity?.organizationId ?? config().demo?.organizationId;
  const section = practice?.[2] ?? "";

  return (
    <>
      <a href="#main" class="skip-link">Skip to content</a>
      <header class="top">
        <Link href={organizationId ? `/o/${organizationId}` : "/"} class="brand">Tempora</Link>
        <nav aria-label="Main">
          {organizationId && <Link href={`/o/${organizationId}`} aria-current={practice && !section ? "page" : undefined}>Book</Link>}
          {organizationId && session.isStaffOf(organizationId) && (
            <Link href={`/o/${organizationId}/desk`} aria-current={section === "/desk" ? "page" : undefined}>Front desk</Link>
          )}
          {organizationId && session.isOwnerOf(organizationId) && (
            <Link href={`/o/${organizationId}/settings`} aria-current={section === "/settings" ? "page" : undefined}>Settings</Link>
          )}
        </nav>
        <div class="who">
          {identity ? (
            <>
              <span>Signed in as {identity.roles.map((role) => ROLE_LABELS[role] ?? role).join(", ")}</span>
              <button type="button" class="link" onClick={() => { session.signOut(); navigate(organizationId ? `/o/${organizationId}` : "/"); }}>Sign out</button>
            </>
          ) : <Link href={`/sign-in?next=${encodeURIComponent(path)}`}>Sign in</Link>}
        </div>
      </header>
      {path === "/sign-in" ? <SignIn />
        : practice && section === "/desk" ? <FrontDesk organizationId={practice[1]} />
        : practice && section === "/settings" ? <Settings organizationId={practice[1]} />
        : practice ? <BookingPage organizationId={practice[1]} />
        : <Home />}
    </>
  );
}
