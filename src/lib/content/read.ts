/**
 * Reads the authors' files from a content folder into plain records. Only syntax is checked here; meaning is
 * checked by `validate.ts`. Files whose name starts with `_` are drafts and are not read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { mdxToMdast } from 'satteri';
import { parseDocument } from 'yaml';
import { findCitations, type CitationUse, type MdxNode } from '../citations.ts';
import { findComponents, type ComponentUse } from '../mdx-components.ts';
import type { ContentProblem } from './problems.ts';

export interface RawFile {
  /** Path relative to the repository root, for messages. */
  readonly file: string;
  /** File name without extension: the id for deals, the slug for stories. */
  readonly name: string;
  readonly data: unknown;
}

/** A story or a fixed page: MDX with front matter. */
export interface RawStory extends RawFile {
  /** Every <Cite> in the body, in reading order; empty when the MDX does not parse (that is a problem too). */
  readonly citations: readonly CitationUse[];
  /** Every component tag in the body, in reading order. */
  readonly components: readonly ComponentUse[];
  /** The MDX after the front matter, as written. */
  readonly body: string;
}

/** One language's translations: `content/translations/<locale>/`, laid out like `content/`. */
export interface RawTranslations extends Pick<RawContent, 'deals' | 'events' | 'stories' | 'pages'> {
  /** The folder name, which must be a locale of the site. */
  readonly locale: string;
  /** The folder, relative to the repository root, for messages. */
  readonly folder: string;
}

export interface RawContent {
  readonly deals: readonly RawFile[];
  readonly events: readonly RawFile[];
  readonly sources: readonly RawFile[];
  readonly stories: readonly RawStory[];
  readonly pages: readonly RawStory[];
  /** Paths of the files below public/, from the site root ("/images/a.svg"), for <Figure src> checks. */
  readonly publicFiles: ReadonlySet<string>;
  /** One entry per folder in `content/translations/`. */
  readonly translations: readonly RawTranslations[];
  readonly problems: readonly ContentProblem[];
}

function listTree(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listTree(path, `${prefix}/${name}`) : [`${prefix}/${name}`];
  });
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
export function readContent(
  contentDir: string,
  rootDir: string = process.cwd(),
  publicDir: string = resolve('public'),
): RawContent {
  const problems: ContentProblem[] = [];
  const relativeName = (path: string) => relative(rootDir, path) || path;

  const readYamlFolder = (folder: string, base = contentDir): RawFile[] =>
    listFiles(join(base, folder), '.yaml').map((name) => {
      const path = join(base, folder, name);
      const file = relativeName(path);
      return { file, name: name.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(path, 'utf8'), file, problems) };
    });

  const translationsDir = join(contentDir, 'translations');
  const translationLocales = existsSync(translationsDir)
    ? readdirSync(translationsDir).filter((name) => !name.startsWith('.') && statSync(join(translationsDir, name)).isDirectory()).sort()
    : [];
  const folders = [
    ...['deals', 'events', 'sources', 'stories', 'pages'].map((folder) => ({ base: contentDir, folder })),
    ...translationLocales.flatMap((locale) =>
      ['deals', 'events', 'stories', 'pages'].map((folder) => ({ base: join(translationsDir, locale), folder })),
    ),
  ];
  for (const { base, folder } of folders) {
    const dir = join(base, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const expected = folder === 'stories' || folder === 'pages' ? '.mdx' : '.yaml';
      if (!name.endsWith(expected) && !name.startsWith('.')) {
        problems.push({ file: relativeName(join(dir, name)), field: '(file name)', message: `files in content/${folder}/ must end in ${expected}` });
      }
    }
  }

  const readMdxFolder = (folder: string, base = contentDir): RawStory[] =>
    listFiles(join(base, folder), '.mdx').map((name) => {
      const path = join(base, folder, name);
      const file = relativeName(path);
      const text = readFileSync(path, 'utf8');
      const match = FRONT_MATTER.exec(text);
      if (!match) {
        problems.push({ file, field: '(front matter)', message: 'the file must start with front matter between two --- lines' });
        return { file, name: name.replace(/\.mdx$/, ''), data: undefined, citations: [], components: [], body: text };
      }
      const lineOffset = match[0].split('\n').length - 1;
      const body = text.slice(match[0].length);
      const tree = parseMdx(body, lineOffset, file, problems);
      return {
        file,
        name: name.replace(/\.mdx$/, ''),
        data: parseYaml(match[1] ?? '', file, problems),
        citations: tree ? findCitations(tree, lineOffset) : [],
        components: tree ? findComponents(tree, lineOffset) : [],
        body,
      };
    });

  return {
    deals: readYamlFolder('deals'),
    events: readYamlFolder('events'),
    sources: readYamlFolder('sources'),
    stories: readMdxFolder('stories'),
    pages: readMdxFolder('pages'),
    publicFiles: new Set(listTree(publicDir)),
    translations: translationLocales.map((locale) => {
      const base = join(translationsDir, locale);
      return {
        locale,
        folder: relativeName(base),
        deals: readYamlFolder('deals', base),
        events: readYamlFolder('events', base),
        stories: readMdxFolder('stories', base),
        pages: readMdxFolder('pages', base),
      };
    }),
    problems,
  };
}
