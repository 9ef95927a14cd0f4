/**
 * The Table API's JSON, as far as Deskbridge reads it. A field is a plain string with
 * `sysparm_display_value=false|true`, an object holding both forms with `=all`, and a
 * `{ link, value }` object for a reference field when links are not excluded.
 * https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
 */
export type SnField = string | { value?: string; display_value?: string; link?: string } | null | undefined;

export type SnRecord = Record<string, SnField>;

export interface SnList<T = SnRecord> {
  result: T[];
}

export interface SnSingle<T = SnRecord> {
  result: T;
}

/** Every Table API error: `{ error: { message, detail }, status: "failure" }`. */
export interface SnErrorBody {
  error?: { message?: string; detail?: string | null };
  status?: string;
}
