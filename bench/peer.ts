/**
 * The Starlight peer: a stock Astro Starlight site with the same article, built at bench time from this project's
 * content/, so that `npm run bench` measures both sites on one machine in one run.
 *
 *   node bench/peer.ts     (builds it and prints where its dist/ is)
 *
 * Starlight comes from the npm registry: bench/peer/package.json pins it, and it is installed into a folder under
 * the system's temporary directory (kept between runs, named after that file's hash), never into the project.
 * Nothing generated is committed: the page itself is written from content/ on every run.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { projectRoot } from '../fixtures/paths.ts';
import { timeBuild } from './build.ts';
import type { SearchUi } from './search.ts';
import { BENCH_STORY, BENCH_STORY_FOLDER } from './story.ts';

const PEER_SOURCE = fileURLToPath(new URL('./peer/', import.meta.url));
/** What bench/peer/ holds besides package.json, copied over the installed folder before each build. */
const PEER_FILES = ['astro.config.mjs', 'src/content.config.ts'];

/** Starlight's search: Ctrl+K opens its dialog, where Pagefind's Default UI says "N results for <query>". */
export const PEER_SEARCH: SearchUi = {
  openKey: 'Control+k',
  input: '#starlight__search .pagefind-ui__search-input',
  ready: '#starlight__search .pagefind-ui__search-input',
  results: '#starlight__search',
  hit: '.pagefind-ui__result-link',
  queryText: '.pagefind-ui__message',
};

export interface Peer {
  /** The peer's own folder, with its node_modules. */
  root: string;
  dist: string;
  buildMs: number;
  /** The Starlight and Astro versions actually installed. */
  versions: string;
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output}`))));
  });
}

/**
 * The article as one Markdown page, in Starlight's form: our headline as the page title, then every section in
 * reading order under its heading, the source's own headline where the source has it, and the credit line.
 * The words are the sections' Markdown as they are, without this site's notes, dates or glossary links.
 */
export function peerPage(root: string): string {
  // src/lib/content/read-fs.ts imports without file extensions, which only Vite resolves, so the bench cannot run it
  // under plain Node; the build has checked these files already, and the peer needs only titles, order and text.
  const explainer = parse(readFileSync(join(root, `${BENCH_STORY_FOLDER}/story.yaml`), 'utf8')) as {
    headline: string;
    dek: string;
    source: { headline: string; headlineBefore: string; credit: string };
  };
  const folder = join(root, `${BENCH_STORY_FOLDER}/sections`);
  const sections = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(folder, name), 'utf8')) ?? [];
      return { ...(parse(frontmatter) as { id: string; title: string; position: number }), body };
    })
    .sort((a, b) => a.position - b.position);
  const parts = [`---\ntitle: ${JSON.stringify(explainer.headline)}\ndescription: ${JSON.stringify(explainer.dek)}\n---`];
  for (const section of sections) {
    if (section.id === explainer.source.headlineBefore) parts.push(`## ${explainer.source.headline}`);
    parts.push(`## ${section.title}`, section.body.trim());
  }
  parts.push(`_${explainer.source.credit}_`);
  return `${parts.join('\n\n')}\n`;
}

/** Installs the peer (once per bench/peer/package.json), writes the article into it and builds it. */
export async function buildPeer(log: (message: string) => void = () => {}): Promise<Peer> {
  const manifest = readFileSync(join(PEER_SOURCE, 'package.json'));
  const root = join(tmpdir(), `explainer-bench-peer-${createHash('sha256').update(manifest).digest('hex').slice(0, 12)}`);
  const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
  if (!existsSync(astroBin)) {
    log(`peer: installing Starlight from the npm registry into ${root}…`);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'package.json'), manifest);
    await run('npm', ['install', '--no-package-lock'], root);
  }
  for (const file of PEER_FILES) cpSync(join(PEER_SOURCE, file), join(root, file));
  const docs = join(root, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, `${BENCH_STORY}.md`), peerPage(projectRoot));
  log('peer: building the Starlight site…');
  const buildMs = await timeBuild(root, undefined, astroBin);
  const version = (name: string) =>
    (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    root,
    dist: join(root, 'dist'),
    buildMs,
    versions: `@astrojs/starlight ${version('@astrojs/starlight')}, astro ${version('astro')}`,
  };
}

if (import.meta.main) {
  const peer = await buildPeer((message) => process.stderr.write(`${message}\n`));
  console.log(`Starlight peer (${peer.versions}) built in ${(peer.buildMs / 1000).toFixed(1)} s: ${peer.dist}`);
}
