/**
 * Faults on the wire between the app and Jira or a help desk, for tests of what the sync does
 * when calls fail: an error status (429 with Retry-After, 500, 503) answered instead of the call,
 * or a lost answer: the call is made (the write happens) and then the connection drops, which is
 * how a consumer ends up retrying a write that already took effect.
 */
export type NetworkFault = { kind: 'status'; status: number; retryAfterSeconds?: number } | { kind: 'lost-answer' };

export interface NetworkCall {
  side: 'jira' | 'helpdesk';
  method: string;
  url: string;
}

export type FaultPolicy = (call: NetworkCall) => NetworkFault | undefined;

const holder = globalThis as { __deskbridgeFaultPolicy__?: FaultPolicy };

/** Sets the policy every app call to Jira or a help desk goes through; undefined = no faults. */
export function setNetworkFaults(policy: FaultPolicy | undefined): void {
  holder.__deskbridgeFaultPolicy__ = policy;
}

/** Performs one call under the current policy. */
export async function withNetworkFaults(call: NetworkCall, perform: () => Promise<Response>): Promise<Response> {
  const fault = holder.__deskbridgeFaultPolicy__?.(call);
  if (!fault) return perform();
  if (fault.kind === 'status') {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
    return new Response(JSON.stringify({ message: `Injected fault: HTTP ${fault.status}` }), { status: fault.status, headers });
  }
  await (await perform()).arrayBuffer();
  throw new TypeError('fetch failed: the connection dropped after the request was sent (injected fault)');
}
