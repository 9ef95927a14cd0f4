// Function entry points named in manifest.yml (`handler: index.<export>`). Re-exports only.

// Custom UI resolvers (admin page, project settings page, global page)
export { handler as resolver } from './resolvers';
