import { render } from "preact";
import { App } from "./App";
import { loadConfig } from "./app";
import "./styles.css";

loadConfig().then(
  () => render(<App />, document.getElementById("app")!),
  () => {
    document.getElementById("app")!.innerHTML = "<p role=\"alert\">The booking site could not start. Please reload the page.</p>";
  },
);
