import 'server-only';

/** Largest JSON body an endpoint reads: 1 MiB (imports pass their own, larger limit). */
export const MAX_JSON_BODY_BYTES = 1_048_576;

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; code: string; message: string };

/**
 * Drops what the client is still sending, up to `budget` more bytes, while the 413 goes out. Cancelling at
 * once reset the connection under a client still uploading (chunked, no length), and the reset destroyed
 * the 413 before the client read it about half the time. Past the budget the client is cut off.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, budget: number): Promise<void> {
  try {
    for (let dropped = 0; dropped <= budget; ) {
      const { done, value } = await reader.read();
      if (done) return;
      dropped += value.byteLength;
    }
    await reader.cancel();
  } catch {
    // the client went away: nothing left to drop
  }
}

/** Reads a JSON request body with a size limit; a wrong content type, an oversized or malformed body is a 4xx, never a crash. */
export async function readJsonValue(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<JsonBodyResult> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
    return { ok: false, status: 415, code: 'unsupported_media_type', message: 'Send the body as JSON with Content-Type: application/json' };
  }
  const body = await readTextBody(request, maxBytes);
  if (!body.ok) return body.status === 400 ? { ...body, code: 'malformed_json' } : body;
  try {
    return { ok: true, value: JSON.parse(body.text) };
  } catch (error) {
    return { ok: false, status: 400, code: 'malformed_json', message: `The body is not valid JSON: ${(error as Error).message}` };
  }
}

export type TextBodyResult = { ok: true; text: string } | { ok: false; status: 400 | 413; code: string; message: string };

/** Reads a body as UTF-8 text, stopping as soon as it passes `maxBytes` (the declared length is not trusted). */
export async function readTextBody(source: Request | Response, maxBytes: number): Promise<TextBodyResult> {
  const declared = Number(source.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return tooLarge(maxBytes);
  if (!source.body) return { ok: false, status: 400, code: 'empty_body', message: 'The request has no body' };
  const reader = source.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void discardRest(reader, maxBytes);
      return tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
  if (text.trim() === '') return { ok: false, status: 400, code: 'empty_body', message: 'The request body is empty' };
  return { ok: true, text };
}

function tooLarge(maxBytes: number): { ok: false; status: 413; code: string; message: string } {
  return { ok: false, status: 413, code: 'payload_too_large', message: `The body is larger than ${Math.round(maxBytes / 1024)} KB` };
}
