import { DESKBRIDGE_SECRET_HEADER, SECRET_HEADER_PLACEHOLDER, type ConnectorWebhooks } from '../connector-webhooks';

/**
 * ServiceNow has no webhooks of its own: an instance calls out through an outbound REST message
 * that a business rule on incidents runs. The admin creates both; the REST message's method
 * sends the integration's secret in a header and a body whose `${…}` variables the business rule
 * fills, including `sent_at` (the instance's clock when it sends), which bounds replays.
 * https://www.servicenow.com/docs/r/api-reference/web-services/c_VariableSubstitutionREST.html
 */

/** The REST message method's content: ServiceNow substitutes `${name}` with the parameters the script sets. */
export const SERVICENOW_WEBHOOK_BODY = JSON.stringify({ sys_id: '${sys_id}', number: '${number}', event: '${event}', sent_at: '${sent_at}' });

/**
 * The business rule's script (after insert, update and delete on incident). It runs the REST
 * message asynchronously, so a slow Deskbridge never holds up an agent's save.
 * https://developer.servicenow.com/dev.do#!/reference/api/xanadu/server/sn_ws-namespace/c_RESTMessageV2API
 */
export const SERVICENOW_BUSINESS_RULE = [
  '(function executeRule(current, previous) {',
  "  var op = current.operation();",
  "  var event = op == 'insert' ? 'ticket.created' : op == 'delete' ? 'ticket.deleted'",
  "    : (current.comments.changes() || current.work_notes.changes()) ? 'comment.created' : 'ticket.updated';",
  "  var r = new sn_ws.RESTMessageV2('Deskbridge', 'notify');",
  "  r.setStringParameterNoEscape('sys_id', current.getUniqueValue());",
  "  r.setStringParameterNoEscape('number', current.getValue('number'));",
  "  r.setStringParameterNoEscape('event', event);",
  "  r.setStringParameterNoEscape('sent_at', String(Math.floor(new GlideDateTime().getNumericValue() / 1000)));",
  '  r.executeAsync();',
  '})(current, previous);',
].join('\n');

export const servicenowWebhooks: ConnectorWebhooks = {
  scheme: 'secret-header',
  instructions: ({ url, secretHeader }) => ({
    steps: [
      `In ServiceNow, open System Web Services → Outbound → REST Message and create "Deskbridge" with endpoint ${url} and authentication type "No authentication".`,
      'Add an HTTP method "notify": POST, with the HTTP headers Content-Type: application/json and the header below, and the content below. Add the variables sys_id, number, event and sent_at.',
      'Open System Definition → Business Rules and create a rule on Incident: Advanced, When "after", on Insert, Update and Delete, with this script:',
      SERVICENOW_BUSINESS_RULE,
      'Deskbridge refuses deliveries without the header or older than 5 minutes, so keep the instance’s clock right (it is, on ServiceNow’s cloud).',
    ],
    url,
    method: 'POST',
    headers: [{ name: secretHeader?.name ?? DESKBRIDGE_SECRET_HEADER, value: secretHeader?.value ?? SECRET_HEADER_PLACEHOLDER }],
    payloadTemplate: SERVICENOW_WEBHOOK_BODY,
  }),
};
