import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The cryptography of webhook authentication, in one place so that every comparison is done the
 * same safe way.
 */

export const hmac = (algorithm: 'sha1' | 'sha256', key: string, message: string): Buffer => createHmac(algorithm, key).update(message, 'utf8').digest();

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Whether two secrets or signatures are equal, in time that depends on neither. Both are hashed
 * first: timingSafeEqual needs equal lengths, and comparing fixed-size digests keeps the length
 * of the expected value from leaking through an early "lengths differ" answer.
 */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** A new secret for a help desk that sends a header (Freshdesk, ServiceNow): 256 random bits, URL-safe. */
export const newWebhookSecret = (): string => randomBytes(32).toString('base64url');

/** What is kept of such a secret, and what authenticateWebhook is given for those help desks. */
export const webhookSecretDigest = (secret: string): string => sha256Hex(secret);
