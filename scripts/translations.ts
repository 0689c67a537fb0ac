/**
 * `npm run translations -- <command>`: the translators' tool.
 *   status [locale]          what is missing or stale in each language (or one), per entry
 *   check [locale]           every problem in the content (translations included), then the status; exits 1 on a
 *                            problem or a missing translation
 *   stamp <file…>            records in each translation file the fingerprint of the English it now translates,
 *   stamp <locale> <file…>   and today's date: run it once a translation matches the English (files may be given
 *                            relative to content/translations/<locale>/)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { contentDir } from '../src/lib/content/index.ts';
import { readContent } from '../src/lib/content/read.ts';
import { englishFingerprints, validateContent } from '../src/lib/content/validate.ts';
import { ContentError, formatProblem } from '../src/lib/content/problems.ts';
import { translationReport, type TranslationReport } from '../src/lib/translation/report.ts';
import { DEFAULT_LOCALE, LOCALES } from '../src/i18n/locales.ts';

const [command = 'status', ...args] = process.argv.slice(2);
const dir = contentDir();
const translated = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE) as string[];

function printReport(reports: readonly TranslationReport[]) {
  for (const report of reports) {
    const { locale, missing, stale, total } = report;
    console.log(
      `\n${locale}: ${total - missing.length - stale.length} of ${total} entries current, ${stale.length} stale, ${missing.length} missing`,
    );
    for (const entry of stale)
      console.log(`  stale    ${entry.what} (${entry.file}, translated ${entry.translatedOn})`);
    for (const entry of missing) console.log(`  missing  ${entry.what} (write ${entry.file})`);
  }
}

function english() {
  const raw = readContent(dir);
  // The English alone: an unstamped translation must not stop the stamp that fixes it.
  const dataset = validateContent({ ...raw, translations: [] });
  return { raw, dataset, fingerprints: englishFingerprints(raw, dataset.stories, dataset.pages) };
}

function stampMap(doc: Document, map: unknown, translates: string, today: string) {
  if (!isMap(map)) throw new Error('expected a YAML mapping');
  map.delete('translates');
  map.delete('translatedOn');
  map.items.unshift(doc.createPair('translates', translates), doc.createPair('translatedOn', today));
}

function stamp(files: readonly string[]) {
  const { dataset, fingerprints } = english();
  const today = new Date().toISOString().slice(0, 10);
  let locale: string | undefined;
  for (const arg of files) {
    if (translated.includes(arg)) {
      locale = arg;
      continue;
    }
    const path = [resolve(arg), locale ? join(dir, 'translations', locale, arg) : ''].find((p) => p && existsSync(p));
    if (!path) throw new Error(`${arg}: no such file`);
    const rel = relative(join(dir, 'translations'), path).split('/');
    const [fileLocale, folder, name = ''] = rel;
    const id = name.replace(/\.(yaml|mdx)$/, '');
    const text = readFileSync(path, 'utf8');
    if (folder === 'deals') {
      const deal = dataset.deals.find((d) => d.id === id);
      if (!deal) throw new Error(`${arg}: no English deal "${id}"`);
      const doc = parseDocument(text);
      stampMap(doc, doc.contents, fingerprints.deal(deal), today);
      writeFileSync(path, doc.toString({ lineWidth: 120 }));
    } else if (folder === 'events') {
      const doc = parseDocument(text);
      if (!isMap(doc.contents)) throw new Error(`${arg}: expected a mapping from event id to translation`);
      for (const item of doc.contents.items) {
        const eventId = isScalar(item.key) && typeof item.key.value === 'string' ? item.key.value : '';
        const event = dataset.events.find((e) => e.id === eventId);
        if (!event) throw new Error(`${arg}: no English event "${eventId}"`);
        stampMap(doc, item.value, fingerprints.event(event), today);
      }
      writeFileSync(path, doc.toString({ lineWidth: 120 }));
    } else if (folder === 'stories' || folder === 'pages') {
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
      if (!match) throw new Error(`${arg}: no front matter`);
      const print = folder === 'stories' ? fingerprints.story(id) : fingerprints.page(id);
      if (!print) throw new Error(`${arg}: no English ${folder === 'stories' ? 'story' : 'page'} "${id}"`);
      const doc = parseDocument(match[1] ?? '');
      stampMap(doc, doc.contents, print, today);
      writeFileSync(path, `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n${text.slice(match[0].length)}`);
    } else
      throw new Error(`${arg}: not a translation file (content/translations/<locale>/{deals,events,stories,pages}/…)`);
    console.log(`stamped ${relative(process.cwd(), path)} (${fileLocale})`);
  }
}

switch (command) {
  case 'status': {
    const locales = args.length > 0 ? args : translated;
    try {
      printReport(translationReport(validateContent(readContent(dir))).filter((r) => locales.includes(r.locale)));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      console.error(`${error.message}\n(the status needs content without problems: fix these first)`);
      process.exit(1);
    }
    break;
  }
  case 'check': {
    const locales = args.length > 0 ? args : translated;
    try {
      const reports = translationReport(validateContent(readContent(dir))).filter((r) => locales.includes(r.locale));
      printReport(reports);
      const missing = reports.reduce((sum, r) => sum + r.missing.length, 0);
      if (missing > 0) {
        console.error(`\n✗ ${missing} translation(s) missing`);
        process.exit(1);
      }
      console.log('\n✓ no problem');
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      const mine = error.problems.filter((p) => locales.some((l) => p.file.includes(`translations/${l}/`)));
      const others = error.problems.length - mine.length;
      console.error(mine.map((p) => `  ✗ ${formatProblem(p)}`).join('\n'));
      if (others > 0)
        console.error(
          `  (${others} problem(s) outside the translations of ${locales.join(', ')}: npm run check:content lists them)`,
        );
      process.exit(1);
    }
    break;
  }
  case 'stamp':
    stamp(args);
    break;
  default:
    console.error(`unknown command "${command}": use status, check or stamp`);
    process.exit(2);
}
