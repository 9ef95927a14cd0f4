import { addDeskCustomers } from '../jira/add-desk-customers';
import { createCustomer } from '../jira/create-customer';
import { findAccountByEmail, findDeskCustomerByEmail } from '../jira/find-customer-by-email';
import { UserFacingError } from '../shared/errors';
import type { CustomerRef } from './jsm-types';

export interface EnsuredCustomer {
  accountId: string;
  /** A new JSM customer account was created for the email. */
  created: boolean;
  /**
   * Deskbridge asked JSM to make the account a customer of the desk. For a customer named only
   * by accountId this is always asked (JSM leaves existing customers as they are and does not say
   * whether one was), so `added` then means "made sure", not "was missing".
   */
  added: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Makes sure a help-desk requester can be the customer of a request in `serviceDeskId`, as the
 * app: the desk's own customer with that email first (one call), then any account on the site
 * whose email Jira shows, then a new JSM customer account. Accounts that hide their email cannot be
 * matched by it; JSM then refuses to create a second account for the address, and the error says
 * to name the customer by accountId (or map the contact in Deskbridge's identity map) instead.
 */
export async function ensureCustomer(serviceDeskId: string, customer: CustomerRef): Promise<EnsuredCustomer> {
  if (customer.accountId) {
    await addDeskCustomers(serviceDeskId, [customer.accountId]);
    return { accountId: customer.accountId, created: false, added: true };
  }
  const email = customer.email?.trim();
  if (!email) throw new UserFacingError('invalid', 'Name the customer by accountId or by email.');
  if (!EMAIL.test(email)) throw new UserFacingError('invalid', `"${email}" is not an email address; name the customer by a valid email or by accountId.`);

  const ofDesk = await findDeskCustomerByEmail(serviceDeskId, email);
  if (ofDesk) return { accountId: ofDesk.accountId, created: false, added: false };

  const existing = await findAccountByEmail(email);
  if (existing) {
    await addDeskCustomers(serviceDeskId, [existing.accountId]);
    return { accountId: existing.accountId, created: false, added: true };
  }

  const made = await createCustomer(email, customer.displayName?.trim() || email.split('@')[0]);
  if (!made.created) {
    throw new UserFacingError(
      'invalid',
      `An Atlassian account already uses ${email}, but its profile hides the email from Deskbridge, so it cannot be matched by email. Name the customer by accountId instead, or map the contact to the account in Deskbridge's identity map.`,
    );
  }
  await addDeskCustomers(serviceDeskId, [made.accountId]);
  return { accountId: made.accountId, created: true, added: true };
}
