import { type PlatformEnv } from '@i94/command-line';

/** POST /v1/compactions on the compactor with the admin key; the answer's body, or an error naming the status. */
export async function requestCompaction(env: PlatformEnv, compactorUrl: string, params: Record<string, string>): Promise<string> {
  const url = new URL('/v1/compactions', compactorUrl);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  const res = await fetch(url, { method: 'POST', headers: { 'x-api-key': env.I94_ADMIN_KEY } });
  const body = await res.text();
  if (!res.ok) throw new Error(`compactor answered ${res.status}: ${body}`);
  return body;
}
