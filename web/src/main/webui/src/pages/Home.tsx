import { config } from "../app";
import { Link } from "../router";

export function Home() {
  const demo = config().demo;
  return (
    <main id="main">
      <h1>Tempora</h1>
      <p>Online booking for clinics, salons and practices. Each practice has its own booking page at <code>/o/&lt;practice id&gt;</code>.</p>
      {demo && (
        <p><Link href={`/o/${demo.organizationId}`} class="button primary">Open the demo practice's booking page</Link></p>
      )}
      <p><Link href="/sign-in">Sign in</Link> to book, or as the practice's staff for the front desk and the settings.</p>
    </main>
  );
}
