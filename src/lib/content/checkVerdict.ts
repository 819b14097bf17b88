/**
 * The content check's verdict, shared between the check of a build
 * (src/integrations/contentCheck.ts), which runs beside Astro's content
 * sync rather than before it, and the collections' loaders
 * (src/content.config.ts). A loader that fails waits for the verdict: when
 * the check has found problems, the build fails with its report of every
 * one, not with the first error a loader met.
 *
 * Shared through `globalThis`: Astro loads content.config.ts through Vite,
 * in a module graph apart from the integrations', so a module's own
 * variable would be two variables.
 */
import type { Loader } from 'astro/loaders';

/** How many problems the check found (which fail the build) and its report of problems and warnings, empty when it has nothing to say. */
export interface CheckVerdict {
  problems: number;
  report: string;
}

interface Shared {
  verdict: Promise<CheckVerdict>;
  contentDir: string;
  /** Whether the report of problems was printed: two loaders may fail in one sync. */
  printed: boolean;
}

const KEY = Symbol.for('vn-la-reform.content-check');
const registry = globalThis as { [KEY]?: Shared };

/** Makes the verdict of the check under way the one that failing loaders and `failOnProblems` wait for. */
export function shareVerdict(verdict: Promise<CheckVerdict>, contentDir: string): void {
  // Awaited later (failOnProblems); a check that crashes meanwhile is no unhandled rejection.
  verdict.catch(() => {});
  registry[KEY] = { verdict, contentDir, printed: false };
}

/** The check found problems: the build stops on its report, printed above the error. */
export class ContentProblems extends Error {}

/**
 * Waits for the shared verdict (none shared: nothing to wait for). With
 * problems, prints the report, once, and throws ContentProblems; otherwise
 * hands the warnings, if any, to `warn`, once. Throws what stopped the check
 * itself, if anything did.
 */
export async function failOnProblems(warn?: (report: string) => void): Promise<void> {
  const shared = registry[KEY];
  if (!shared) return;
  const { problems, report } = await shared.verdict;
  const unprinted = !shared.printed;
  if (problems > 0) {
    shared.printed = true;
    if (unprinted) console.error(report);
    throw new ContentProblems(`The content in ${shared.contentDir} has ${problems} problem(s); see the list above.`);
  }
  if (warn && unprinted && report) {
    shared.printed = true;
    warn(`\n${report}`);
  }
}

/**
 * What failed before the content check was waited for (a loader, the fonts'
 * reading of the content folder): the check's report replaces it when the
 * check found problems, for they are its cause. Otherwise the failure stands,
 * after the check's warnings, and with what stopped the check, if anything
 * did, which the build would not reach to report.
 */
export async function failureAfterCheck(failure: unknown, warn: (report: string) => void): Promise<Error> {
  const error = failure instanceof Error ? failure : new Error(String(failure));
  try {
    await failOnProblems(warn);
    return error;
  } catch (checkError) {
    if (checkError instanceof ContentProblems) return checkError;
    return new Error(`${error.message}\n(and the content check could not run: ${(checkError as Error).message})`, { cause: error });
  }
}

/** The loader, whose failure waits for the content check (failureAfterCheck). */
export function reportedByCheck(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        throw await failureAfterCheck(error, (report) => context.logger.warn(report));
      }
    },
  };
}
