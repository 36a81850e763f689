import 'server-only';
import { readTextBody } from './json-body';

export type FetchTextResult = { ok: true; text: string; fileName: string } | { ok: false; message: string };

/**
 * Downloads a data file for an import (e.g. the SCIM Tax Index's published data.json), for deployments with
 * internet access: http(s) only, a time limit, and the same size limit as an upload.
 */
export async function fetchText(address: string, { maxBytes, timeoutMs = 20_000 }: { maxBytes: number; timeoutMs?: number }): Promise<FetchTextResult> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, message: `“${address}” is not a URL` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: 'Only http and https addresses can be imported' };
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : 'the address could not be reached';
    return { ok: false, message: `Could not download ${url.href}: ${reason}` };
  }
  if (!response.ok) return { ok: false, message: `Could not download ${url.href}: the server answered HTTP ${response.status}` };
  const body = await readTextBody(response, maxBytes);
  if (!body.ok) return { ok: false, message: `Could not import ${url.href}: ${body.message.replace('The request body', 'the file').replace('The body', 'the file')}` };
  const fileName = decodeURIComponent(url.pathname.split('/').pop() ?? '') || url.hostname;
  return { ok: true, text: body.text, fileName };
}
