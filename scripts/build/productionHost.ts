/**
 * The development origin every URL in the sources is written against, and the production host
 * that replaces it in a production build (TELESCORE_HOST).
 */

export const DEV_ORIGIN = "https://localhost:3000/";
export const DEFAULT_PRODUCTION_HOST = "https://telescore.example.com/";

/**
 * The production base URL from TELESCORE_HOST: https, no query or fragment, always ending in
 * "/" so that replacing DEV_ORIGIN keeps paths intact (a path prefix such as
 * https://cdn.example.com/telescore/ is allowed). Throws with the reason when unusable.
 */
export function productionHost(raw: string | undefined): string {
  const value = raw?.trim() || DEFAULT_PRODUCTION_HOST;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`TELESCORE_HOST "${value}" is not an absolute URL (e.g. https://telescore.contoso.com/)`);
  }
  if (url.protocol !== "https:") throw new Error(`TELESCORE_HOST "${value}" must use https: Office loads add-ins only over https`);
  if (url.search || url.hash) throw new Error(`TELESCORE_HOST "${value}" must not have a query or fragment`);
  if (url.hostname === "localhost") throw new Error(`TELESCORE_HOST "${value}" is the dev server; give the production host`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** `text` with every DEV_ORIGIN replaced by `host`. */
export function rewriteDevOrigin(text: string, host: string): string {
  return text.split(DEV_ORIGIN).join(host);
}
