import type { VendorResponse } from '../vendor/vendor-sandbox';

/**
 * The Table API's error answers: `{ error: { message, detail }, status: "failure" }`, with the
 * messages an instance sends (REST API HTTP response codes; Table API; inbound REST rate limiting).
 * https://www.servicenow.com/docs/r/xanadu/api-reference/rest-api-explorer/r_RESTAPIHTTPResponseCodes.html
 */
export function snError(status: number, message: string, detail: string | null, headers?: Record<string, string>): VendorResponse {
  return { status, body: { error: { message, detail }, status: 'failure' }, ...(headers ? { headers } : {}) };
}

export const unauthenticated = () => snError(401, 'User Not Authenticated', 'Required to provide Auth information');

export const noRecord = () => snError(404, 'No Record found', "Record doesn't exist or ACL restricts the record retrieval");

export const invalidTable = (table: string) => snError(400, `Invalid table ${table}`, null);

export const noResource = () => snError(400, 'Requested URI does not represent any resource', null);

export const methodNotAllowed = () => snError(405, 'Method not Supported', 'Requested method is not supported by the resource');

/** A read the table's ACLs refuse (the message an instance gives for a list or record it may not read). */
export const readDenied = (queried: boolean) =>
  snError(403, 'Insufficient rights to query records', queried ? 'Field(s) present in the query do not have permission to be read' : null);

/** An insert or update the table's ACLs refuse. */
export const writeDenied = (operation: 'Insert' | 'Update') => snError(403, 'Operation Failed', `ACL Exception ${operation} Failed due to security constraints`);

/** A data policy's mandatory fields missing on an update (the base incident policies). */
export const dataPolicy = (labels: string[]) => snError(403, 'Operation Failed', `Data Policy Exception: \n\tThe following fields are mandatory: ${labels.join(', ')}\n`);

/**
 * A *.service-now.com host with no instance behind it (never created, retired, or a developer
 * instance that is hibernating): the platform answers 200 with an HTML page, not Table API JSON.
 * The shared sandbox server sends bodies as JSON, so the page travels as a JSON string under an
 * HTML content type; a client reading it as Table API JSON sees "not a result" either way.
 */
export function noInstancePage(host: string): VendorResponse {
  const page = `<!DOCTYPE html><html><head><title>Instance Hibernating page</title></head><body><div class="instance-hibernating-page"><h1>Your instance is hibernating</h1><p class="information">${host} is not available. Sign in to the developer site to wake your instance.</p></div></body></html>`;
  return { status: 200, body: page, headers: { 'content-type': 'text/html;charset=UTF-8' } };
}
