import { UserFacingError } from '../shared/errors';
import type { ConnectorSpec } from './connector';

/**
 * Turns what a person typed into the one host name a connection may call, or refuses it.
 * This runs before any request, so credentials can only ever go to the vendor's own hosts:
 * no IP literals (169.254.169.254), no ports, no userinfo ("evil.com@acme.freshdesk.com"),
 * no paths or look-alikes ("evil.com/.freshdesk.com", "acme.freshdesk.com.evil.com").
 */
export function normalizeDomain(spec: ConnectorSpec, typed: string): string {
  const refuse = (why: string): never => {
    throw new UserFacingError('invalid', `domain: ${why} Enter your ${spec.displayName} address, like ${spec.domain.example}.`);
  };
  let text = typed.trim().toLowerCase();
  if (!text) refuse('This field is required.');
  // Accept a pasted URL, but only its plain https form: scheme and one trailing slash.
  text = text.replace(/^https:\/\//, '').replace(/\/$/, '');
  if (/[^a-z0-9.-]/.test(text)) refuse('Only the host name is allowed: no scheme other than https, port, path, user or spaces.');
  if (/^[0-9.]+$/.test(text) || /^\d+\.\d+\.\d+\.\d+$/.test(text)) refuse('IP addresses are not allowed.');
  if (spec.domain.suffix && !text.includes('.')) text = `${text}${spec.domain.suffix}`;
  if (text.length > 253 || !spec.domain.pattern.test(text)) refuse(`"${typed.trim().slice(0, 100)}" is not a ${spec.displayName} address.`);
  return text;
}
