import type { Tool } from '../../../src/shared/roles';
import type { SyncConfig } from '../../../src/shared/sync-config';

/** What every step of the editor gets: the draft, a way to change it, and whether it may. */
export interface StepProps {
  config: SyncConfig;
  change: (update: (config: SyncConfig) => SyncConfig) => void;
  tool: Tool;
  readOnly: boolean;
}
