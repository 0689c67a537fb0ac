/** Loads and checks the whole content folder once per process; every page and loader shares the result. */
import { resolve } from 'node:path';
import { readContent } from './read.ts';
import { validateContent } from './validate.ts';
import type { Dataset } from './records.ts';

/** The content folder: `content/`, or `SE_CONTENT_DIR` (used by tests to build deliberately broken fixtures). */
export function contentDir(): string {
  return resolve(process.env['SE_CONTENT_DIR'] ?? 'content');
}

export function loadDataset(dir: string = contentDir()): Dataset {
  return validateContent(readContent(dir));
}
