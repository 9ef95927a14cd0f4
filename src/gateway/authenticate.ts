import { keyStatus, type GatewayKey } from './gateway-key';
import { GatewayError, header, type GatewayRequest } from './gateway-http';
import { keyIdOf, tokenMatches } from './key-secret';
import { getKey } from './key-store';

/**
 * Who is calling: the key in `Authorization: Bearer dbk_…`, checked against its stored hash in
 * constant time. Forge does not authenticate web triggers (DESIGN.md §5), so this runs first on
 * every call and nothing else happens for a caller it refuses.
 */
export interface CallingKey {
  id: string;
  key: GatewayKey;
}

export type Authentication =
  | { ok: true; caller: CallingKey }
  /** `known`: the key the token named, when it exists (so the refusal lands in that key's audit trail). */
  | { ok: false; error: GatewayError; known?: CallingKey };

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="deskbridge"' };
const refuse = (message: string, known?: CallingKey): Authentication => ({
  ok: false,
  error: new GatewayError(401, 'unauthorized', message, CHALLENGE),
  known,
});

const day = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

export async function authenticate(request: GatewayRequest, now = Date.now()): Promise<Authentication> {
  const authorization = header(request, 'authorization');
  const bearer = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  if (!bearer) return refuse('Send your Deskbridge key in the Authorization header: "Authorization: Bearer dbk_…".');
  const token = bearer[1];
  const id = keyIdOf(token);
  if (!id) return refuse('That is not a Deskbridge key: keys start with "dbk_". Copy the whole key your Jira admin gave you.');
  const key = await getKey(id);
  if (!(await tokenMatches(token, key?.hash)) || !key) {
    return refuse('This key is not valid (mistyped, or replaced by a rotation). Ask your Jira admin for the current key.', key ? { id, key } : undefined);
  }
  const status = keyStatus(key, now);
  if (status === 'revoked') return refuse(`This key was revoked on ${day(key.revokedAt!)}. Ask your Jira admin for a new key.`, { id, key });
  if (status === 'expired') return refuse(`This key expired on ${day(key.expiresAt!)}. Ask your Jira admin for a new key.`, { id, key });
  return { ok: true, caller: { id, key } };
}
