/**
 * Reads the authors' files from a content folder into plain records. Only syntax is checked here; meaning is
 * checked by `validate.ts`. Files whose name starts with `_` are drafts and are not read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToMdast } from 'satteri';
import { parseDocument } from 'yaml';
import { findCitations, type CitationUse, type MdxNode } from '../citations.ts';
import type { ContentProblem } from './problems.ts';

export interface RawFile {
  /** Path relative to the repository root, for messages. */
  readonly file: string;
  /** File name without extension: the id for deals, the slug for stories. */
  readonly name: string;
  readonly data: unknown;
}

export interface RawStory extends RawFile {
  /** Every <Cite> in the body, in reading order; empty when the MDX does not parse (that is a problem too). */
  readonly citations: readonly CitationUse[];
}

export interface RawContent {
  readonly deals: readonly RawFile[];
  readonly events: readonly RawFile[];
  readonly sources: readonly RawFile[];
  readonly stories: readonly RawStory[];
  readonly problems: readonly ContentProblem[];
}

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !name.startsWith('_') && !name.startsWith('.'))
    .sort();
}

function parseYaml(text: string, file: string, problems: ContentProblem[]): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    const where = error.linePos?.[0] ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}` : 'unknown position';
    problems.push({ file, field: `(YAML syntax, ${where})`, message: error.message.split('\n')[0] ?? error.message });
    return undefined;
  }
  return doc.toJS();
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parses an MDX body; a syntax error becomes a problem located by its line in the file. */
function parseMdx(body: string, lineOffset: number, file: string, problems: ContentProblem[]): MdxNode | undefined {
  try {
    return mdxToMdast(body) as unknown as MdxNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+): /.exec(message);
    const where = at ? `line ${Number(at[1]) + lineOffset}, column ${at[2]}` : 'unknown position';
    problems.push({ file, field: `(MDX syntax, ${where})`, message: message.replace(/^\d+:\d+: /, '') });
    return undefined;
  }
}

/** Reads every content file below `contentDir`; `rootDir` only shortens the paths in messages. */
export function readContent(contentDir: string, rootDir: string = process.cwd()): RawContent {
  const problems: ContentProblem[] = [];
  const relativeName = (path: string) => relative(rootDir, path) || path;

  const readYamlFolder = (folder: string): RawFile[] =>
    listFiles(join(contentDir, folder), '.yaml').map((name) => {
      const path = join(contentDir, folder, name);
      const file = relativeName(path);
      return { file, name: name.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(path, 'utf8'), file, problems) };
    });

  for (const folder of ['deals', 'events', 'sources', 'stories']) {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const expected = folder === 'stories' ? '.mdx' : '.yaml';
      if (!name.endsWith(expected) && !name.startsWith('.')) {
        problems.push({ file: relativeName(join(dir, name)), field: '(file name)', message: `files in content/${folder}/ must end in ${expected}` });
      }
    }
  }

  const stories: RawStory[] = [];
  for (const name of listFiles(join(contentDir, 'stories'), '.mdx')) {
    const path = join(contentDir, 'stories', name);
    const file = relativeName(path);
    const text = readFileSync(path, 'utf8');
    const match = FRONT_MATTER.exec(text);
    if (!match) {
      problems.push({ file, field: '(front matter)', message: 'a story must start with front matter between two --- lines' });
      stories.push({ file, name: name.replace(/\.mdx$/, ''), data: undefined, citations: [] });
      continue;
    }
    const lineOffset = match[0].split('\n').length - 1;
    const tree = parseMdx(text.slice(match[0].length), lineOffset, file, problems);
    stories.push({
      file,
      name: name.replace(/\.mdx$/, ''),
      data: parseYaml(match[1] ?? '', file, problems),
      citations: tree ? findCitations(tree, lineOffset) : [],
    });
  }

  return {
    deals: readYamlFolder('deals'),
    events: readYamlFolder('events'),
    sources: readYamlFolder('sources'),
    stories,
    problems,
  };
}
