import type { VendorRequest, VendorResponse } from '../vendor/vendor-sandbox';
import { matches, ordered, parseEncodedQuery } from './encoded-query';
import { invalidTable, methodNotAllowed, noRecord, readDenied, writeDenied } from './errors';
import { insertRecord, updateRecord, writableFields } from './records';
import { renderOptions, renderRecord, resolveField } from './render';
import { SCHEMAS, hasRole, isTableName, type ServicenowState, type StoredRecord, type TableName } from './state';

/**
 * The Table API's six operations on the sandbox's tables (DELETE is not served: Deskbridge never
 * deletes). Each checks the table's read or write roles, as the instance's ACLs would.
 * https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
 */

export interface TableCall {
  request: VendorRequest;
  state: ServicenowState;
  user: StoredRecord;
  table: string;
  sysId?: string;
}

export type Handled = { response: VendorResponse; changed?: boolean };

export function handleTableCall(call: TableCall): Handled {
  const { request, table, sysId } = call;
  if (!isTableName(table)) return { response: invalidTable(table) };
  const method = request.method.toUpperCase();
  if (!sysId && method === 'GET') return { response: list(call, table) };
  if (!sysId && method === 'POST') return insert(call, table);
  if (sysId && method === 'GET') return { response: getOne(call, table, sysId) };
  if (sysId && (method === 'PATCH' || method === 'PUT')) return update(call, table, sysId);
  return { response: methodNotAllowed() };
}

/** Table - GET /now/table/{tableName}: sysparm_query, sysparm_limit (default 10000), sysparm_offset; Link and X-Total-Count headers. */
function list({ request, state, user }: TableCall, table: TableName): VendorResponse {
  const query = request.query.get('sysparm_query') ?? '';
  if (!hasRole(user, SCHEMAS[table].read)) return readDenied(query !== '');
  const options = renderOptions(request.query, user);
  const get = (row: StoredRecord, field: string) => resolveField(state, table, row, field, options.timeZone)?.value ?? '';
  const parsed = parseEncodedQuery(query);
  const rows = ordered(
    state.tables[table].filter((row) => matches(parsed, (field) => get(row, field))),
    parsed.order,
    get,
  );
  const limit = positive(request.query.get('sysparm_limit'), 10000);
  const offset = positive(request.query.get('sysparm_offset'), 0);
  const page = rows.slice(offset, offset + limit);
  const headers: Record<string, string> = {};
  if (request.query.get('sysparm_no_count') !== 'true') headers['x-total-count'] = String(rows.length);
  if (request.query.get('sysparm_suppress_pagination_header') !== 'true') headers.link = linkHeader(state, request, rows.length, offset, limit);
  return { status: 200, body: { result: page.map((row) => renderRecord(state, table, row, options)) }, headers };
}

/** Table - GET /now/table/{tableName}/{sys_id} */
function getOne({ request, state, user }: TableCall, table: TableName, sysId: string): VendorResponse {
  if (!hasRole(user, SCHEMAS[table].read)) return readDenied(false);
  const record = state.tables[table].find((row) => row.sys_id === sysId);
  if (!record) return noRecord();
  return { status: 200, body: { result: renderRecord(state, table, record, renderOptions(request.query, user)) } };
}

/** Table - POST /now/table/{tableName}: 201 with a Location header. */
function insert({ request, state, user }: TableCall, table: TableName): Handled {
  if (!hasRole(user, SCHEMAS[table].write)) return { response: writeDenied('Insert') };
  const inserted = insertRecord(state, table, user, writableFields(table, request.body));
  if ('refused' in inserted) return { response: inserted.refused };
  const location = `https://${state.instance}/api/now/table/${table}/${inserted.record.sys_id}`;
  return { changed: true, response: { status: 201, headers: { location }, body: { result: renderRecord(state, table, inserted.record, renderOptions(request.query, user)) } } };
}

/** Table - PATCH and PUT /now/table/{tableName}/{sys_id} (both update the named fields only). */
function update({ request, state, user }: TableCall, table: TableName, sysId: string): Handled {
  if (!hasRole(user, SCHEMAS[table].write)) return { response: writeDenied('Update') };
  const record = state.tables[table].find((row) => row.sys_id === sysId);
  if (!record) return { response: noRecord() };
  const refused = updateRecord(state, table, record, user, writableFields(table, request.body));
  if (refused) return { response: refused };
  return { changed: true, response: { status: 200, body: { result: renderRecord(state, table, record, renderOptions(request.query, user)) } } };
}

function positive(text: string | null, fallback: number): number {
  const value = Number(text);
  return text !== null && Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** `<url?sysparm_offset=…>;rel="first"`, prev, next, last: as documented for the Link header. */
function linkHeader(state: ServicenowState, request: VendorRequest, total: number, offset: number, limit: number): string {
  const at = (target: number) => {
    const query = new URLSearchParams(request.query);
    query.set('sysparm_offset', String(target));
    query.set('sysparm_limit', String(limit));
    return `<https://${state.instance}${request.path}?${query.toString()}>`;
  };
  const last = limit > 0 ? Math.max(0, Math.floor((total - 1) / limit) * limit) : 0;
  const links = [`${at(0)};rel="first"`];
  if (offset > 0) links.push(`${at(Math.max(0, offset - limit))};rel="prev"`);
  if (offset + limit < total) links.push(`${at(offset + limit)};rel="next"`);
  links.push(`${at(last)};rel="last"`);
  return links.join(',');
}
