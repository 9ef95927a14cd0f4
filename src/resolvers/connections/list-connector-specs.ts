import { z } from 'zod';
import { CONNECTORS } from '../../connectors/registry';
import type { ConnectorSpecView } from '../../shared/connections';
import { defineResolver } from '../define-resolver';

/** The connectors' forms (fields, which are secret, examples, docs), built from their specs. */
export const listConnectorSpecs = defineResolver({
  key: 'connections/specs',
  payload: z.object({}).strict(),
  access: { action: 'integrations.list' },
  handle: async (): Promise<ConnectorSpecView[]> =>
    Object.values(CONNECTORS).map(({ spec }) => ({
      tool: spec.tool,
      displayName: spec.displayName,
      docsUrl: spec.docsUrl,
      domainExample: spec.domain.example,
      fields: spec.fields,
    })),
});
