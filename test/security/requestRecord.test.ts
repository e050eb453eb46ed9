/**
 * The end-to-end suite's network rule (e2e/support/requestRecord.ts): requests may go to the
 * served origin and to Microsoft's Office.js CDN, exactly that origin, and nowhere else.
 */
import { emptyRecord, foreignRequests, ruleBreaches } from "../../e2e/support/requestRecord";

const ORIGIN = "http://127.0.0.1:5123";

it("allows the served origin and https://appsforoffice.microsoft.com, and fails any other, however close", () => {
  const record = emptyRecord();
  const allowed = [
    `${ORIGIN}/taskpane.html`,
    `blob:${ORIGIN}/5f0c`,
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    "https://appsforoffice.microsoft.com/lib/1/hosted/excel-win32-16.01.js",
  ];
  const refused = [
    "http://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    "https://appsforoffice.microsoft.com.example.net/lib/1/hosted/office.js",
    "https://appsforoffice.microsoft.com:8443/lib/1/hosted/office.js",
    "https://www.appsforoffice.microsoft.com/office.js",
    "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html",
    "http://127.0.0.1:5124/taskpane.html",
  ];
  record.requests.push(...allowed, ...refused);
  expect(foreignRequests(record, ORIGIN)).toEqual(refused);
  expect(ruleBreaches(record, ORIGIN)).toEqual(refused.map((url) => `a request outside ${ORIGIN} and https://appsforoffice.microsoft.com: ${url}`));
});
