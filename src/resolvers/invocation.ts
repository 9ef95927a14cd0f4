import { z } from 'zod';

/**
 * The parts of a Forge resolver request Deskbridge relies on. Forge fills these from the
 * signed invocation, never from the browser: the payload is the only thing the browser controls.
 */
const invocationContextSchema = z.object({
  accountId: z.string().min(1),
  siteUrl: z.string().optional(),
  moduleKey: z.string().optional(),
  extension: z
    .object({
      type: z.string(),
      project: z.object({ id: z.union([z.string(), z.number()]), key: z.string() }).optional(),
    })
    .loose()
    .optional(),
});

export type InvocationContext = z.infer<typeof invocationContextSchema>;

export interface ModuleProject {
  id: number;
  key: string;
}

/** Parses the context, or returns null when there is no logged-in user (anonymous access). */
export function readInvocationContext(raw: unknown): InvocationContext | null {
  const parsed = invocationContextSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The project of the module context, when the page is a project page (project settings). */
export function moduleProject(context: InvocationContext): ModuleProject | null {
  const project = context.extension?.project;
  return project ? { id: Number(project.id), key: project.key } : null;
}
