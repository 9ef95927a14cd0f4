import { accessDenied, json, rejectUnknown, validationFailed } from '../http';
import { isAdmin } from '../state';
import { agentView } from '../views';
import type { FdHandler } from './context';

const FIELD_TYPES = [
  'default_requester', 'default_subject', 'default_ticket_type', 'default_source', 'default_status', 'default_priority', 'default_group',
  'default_agent', 'default_product', 'default_description', 'default_company', 'custom_text', 'custom_paragraph', 'custom_checkbox',
  'custom_number', 'custom_dropdown', 'custom_date', 'custom_decimal', 'nested_field',
];

/** https://developers.freshdesk.com/api/#me: any agent may read itself. */
export const viewMe: FdHandler = ({ request, agent }) => {
  rejectUnknown(request.query.keys(), []);
  return { response: json(200, agentView(agent)) };
};

/** https://developers.freshdesk.com/api/#list_all_roles: administrators only. */
export const listRoles: FdHandler = ({ request, state, agent }) => {
  rejectUnknown(request.query.keys(), []);
  if (!isAdmin(state, agent)) throw accessDenied();
  return { response: json(200, state.roles) };
};

/** https://developers.freshdesk.com/api/#list_all_ticket_fields: every agent may read the fields; `type` filters. */
export const listTicketFields: FdHandler = ({ request, state }) => {
  rejectUnknown(request.query.keys(), ['type']);
  const type = request.query.get('type');
  if (type !== null && !FIELD_TYPES.includes(type)) throw validationFailed([{ field: 'type', message: `It should be one of these values: '${FIELD_TYPES.join(',')}'`, code: 'invalid_value' }]);
  return { response: json(200, type === null ? state.ticket_fields : state.ticket_fields.filter((field) => field.type === type)) };
};
