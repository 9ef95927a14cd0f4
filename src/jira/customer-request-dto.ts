/**
 * JSM's CustomerRequestDTO and CommentDTO, reduced to what Deskbridge reads. A request is an issue:
 * `issueId`/`issueKey` are the issue's; JSM adds the desk, the request type and the customer.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-get
 */

export interface JsmDate {
  iso8601?: string;
  epochMillis?: number;
}

export interface CustomerRequestDto {
  issueId: string;
  issueKey: string;
  requestTypeId: string;
  serviceDeskId: string;
  createdDate?: JsmDate;
  reporter?: { accountId: string };
  requestFieldValues?: { fieldId: string; value?: unknown }[];
  /** JSM names the status (and its category) but gives no status id. */
  currentStatus?: { status: string; statusCategory?: string; statusDate?: JsmDate };
}

export interface RequestCommentDto {
  id: string;
  body: string;
  public: boolean;
  author?: { accountId?: string };
  created?: JsmDate;
}

/** A request field's value as text (summary, description); JSM sends text fields as strings. */
export function textField(request: CustomerRequestDto, fieldId: string): string {
  const value = request.requestFieldValues?.find((field) => field.fieldId === fieldId)?.value;
  return typeof value === 'string' ? value : '';
}

/** JSM's DateDTO as ISO 8601 (UTC), from the epoch where present: its `iso8601` carries an offset. */
export function isoDate(date: JsmDate | undefined): string {
  if (date?.epochMillis !== undefined) return new Date(date.epochMillis).toISOString();
  return date?.iso8601 ? new Date(date.iso8601).toISOString() : '';
}
