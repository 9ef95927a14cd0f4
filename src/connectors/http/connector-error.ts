import { UserFacingError } from '../../shared/errors';
import type { ErrorKind } from '../../shared/result';

/**
 * A failed call to a help desk, with a kind the sync can act on (retry later, stop and tell an
 * admin) and a message, taken from the connector's spec, that tells a person what to fix.
 */
export class ConnectorError extends UserFacingError {
  constructor(
    kind: ErrorKind,
    message: string,
    readonly status?: number,
    /** Seconds the vendor asked us to wait (429 Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(kind, message);
    this.name = 'ConnectorError';
  }
}
