import type { Handler } from '../route';
import { meView } from '../shapes';

/**
 * The admin the access token acts for, with the workspace ("app") nested.
 * https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/admins/identifyadmin
 */
export const identifyAdmin: Handler = ({ caller, state }) => ({ body: meView(caller.admin, state) });
