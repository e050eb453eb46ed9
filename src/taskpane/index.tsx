/** Entry of the task pane bundle; taskpane.html supplies #root and webpack adds office.js before this. */
import { mountTaskpane } from "./mountTaskpane";

const container = document.getElementById("root");
if (container === null) throw new Error("TeleScore: taskpane.html has no #root element to render into.");
void mountTaskpane(container, Office);
