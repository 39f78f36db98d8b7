/** Fetches JSON from the app's own origin, with errors that say what failed and where. */
export class DataError extends Error {
  constructor(readonly url: string, readonly detail: string) {
    super(`${url}: ${detail}`);
    this.name = 'DataError';
  }
}

export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null });
  } catch (err) {
    throw new DataError(url, err instanceof Error ? err.message : String(err));
  }
  if (!response.ok) throw new DataError(url, `HTTP ${response.status} ${response.statusText}`.trim());
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new DataError(url, 'not valid JSON');
  }
}

/** URL of a file under public/data, respecting Vite's base path. */
export function dataUrl(name: string): string {
  return `${import.meta.env.BASE_URL}data/${name}`;
}
