/**
 * How much JavaScript heap the build may use (`--max-old-space-size`), from
 * the size of the content it builds.
 *
 * Without a limit V8 sized its heap to the machine (4 GB here) and collected
 * late: at the start of the page render, garbage from reading the content
 * store piled up to 1.2 GB of heap before the first full collection, and the
 * build's process peaked at 1.73–2.19 GB at 10,000 practices per language
 * (four runs). With the heap limited to 1,200 MB it peaked at 1.70, 1.72
 * and 1.75 GB (three runs), and at 1.68 GB with 900 MB, in no more time
 * (228–248 s against 228–255 s): what the build keeps alive stays under
 * 900 MB at that size.
 * The limit grows with the content, so a larger corpus gets room in
 * proportion rather than running out of heap.
 */

/** The limit for a corpus of up to 10,000 practices per language (about 30,000 files). */
export const MIN_BUILD_HEAP_MB = 1200;
/** Room per content file beyond that: 1,200 MB for 30,000 files. */
const HEAP_KB_PER_FILE = 40;

/** `--max-old-space-size` for a build of `files` content files, in MB. */
export function buildHeapMb(files: number): number {
  return Math.max(MIN_BUILD_HEAP_MB, Math.ceil((files * HEAP_KB_PER_FILE) / 1024));
}
