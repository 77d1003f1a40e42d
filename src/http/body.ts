import type { IncomingMessage } from 'node:http';
import { UserError } from '../core/errors.js';

export interface BodyOptions {
  /** Largest body accepted, in bytes. */
  limit: number;
}

/** Reads the raw body, refusing (413) as soon as it grows past the limit. */
export async function readRawBody(req: IncomingMessage, { limit }: BodyOptions): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.destroy();
      throw tooLarge(limit);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limit: number): UserError {
  return new UserError(`request body is larger than ${limit} bytes`, 413, 'payload_too_large');
}

function mediaType(req: IncomingMessage): string {
  return String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Parses a JSON object body: 415 for another media type, 413 when too large, 400 when malformed. */
export async function readJsonObject(req: IncomingMessage, options: BodyOptions): Promise<Record<string, unknown>> {
  const type = mediaType(req);
  if (type !== 'application/json' && !type.endsWith('+json')) {
    throw new UserError(`expected Content-Type application/json, got ${type || 'none'}`, 415, 'unsupported_media_type');
  }
  const raw = await readRawBody(req, options);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new UserError('request body is not valid JSON', 400, 'malformed_json');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UserError('request body must be a JSON object', 400, 'bad_request');
  return parsed as Record<string, unknown>;
}

/** Parses an application/x-www-form-urlencoded body (SMS webhooks) into a plain record. */
export async function readForm(req: IncomingMessage, options: BodyOptions): Promise<Record<string, string>> {
  const type = mediaType(req);
  if (type !== 'application/x-www-form-urlencoded') {
    throw new UserError(`expected Content-Type application/x-www-form-urlencoded, got ${type || 'none'}`, 415, 'unsupported_media_type');
  }
  const raw = await readRawBody(req, options);
  return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
}
