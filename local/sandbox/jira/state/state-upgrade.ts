import { seedSite } from '../seed/seed-site';
import type { SiteState } from './site-state';

/**
 * Brings a saved site from an older state file up to date. Version 1 predates issues: it gains
 * the seeded priorities, resolutions, fields, screens and transition screens, and no issues.
 * Everything else in it (users, groups, someone's local changes) is kept as it was.
 */
export function upgradeSite(site: SiteState, version: number): SiteState {
  if (version >= 2) return site;
  const seed = seedSite();
  const upgraded: SiteState = {
    ...site,
    priorities: seed.priorities,
    resolutions: seed.resolutions,
    fields: seed.fields,
    issues: [],
    counters: { ...seed.counters, nextIssueNumber: Object.fromEntries(site.projects.map((project) => [project.id, 1])) },
  };
  for (const project of upgraded.projects) {
    const seeded = seed.projects.find((candidate) => candidate.id === project.id);
    project.screens ??= seeded?.screens ?? {};
    // Permissions the catalogue gained with comments, granted as the seed grants them.
    for (const key of ['EDIT_OWN_COMMENTS', 'DELETE_OWN_COMMENTS']) {
      if (!(key in project.permissions) && seeded?.permissions[key]) project.permissions[key] = seeded.permissions[key];
    }
    for (const transition of project.transitions) {
      const fields = seeded?.transitions.find((candidate) => candidate.id === transition.id && candidate.to === transition.to)?.fields;
      if (fields && !transition.fields) transition.fields = fields;
    }
  }
  return upgraded;
}
