import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from '@astrojs/compiler';
import type { Node } from '@astrojs/compiler/types';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../fixtures/paths';

/*
 * The rules of src/ that dependency-cruiser cannot say (it checks the imports between modules, in
 * .dependency-cruiser.mjs): it does not read the <script> of an .astro component, which must only start one
 * browser module, and it counts no lines, and no file grows past 300.
 */

const SRC = join(projectRoot, 'src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).map((file) => join(SRC, file));
const modules = files.filter((file) => file.endsWith('.ts'));
const components = files.filter((file) => file.endsWith('.astro'));
const inClient = (file: string) => file.split('/').includes('client');
const shown = (file: string) => relative(projectRoot, file);

/** The modules a source imports at run time: type-only imports are erased and count for nothing. */
function runtimeImports(source: string, fileName = 'module.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isImportDeclaration(node) &&
      node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const named = node.importClause?.namedBindings;
      const allTypes =
        named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        !node.importClause?.name &&
        named.elements.every((e) => e.isTypeOnly);
      if (!allTypes) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) specifiers.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return specifiers;
}

const resolveFrom = (importer: string, specifier: string) => {
  const base = resolve(dirname(importer), specifier);
  return base.endsWith('.ts') || base.endsWith('.css') ? base : `${base}.ts`;
};

/** A data block (JSON, JSON-LD): a <script> whose type is not JavaScript's, which browsers never run. */
const isDataBlock = (node: Node) =>
  'attributes' in node &&
  node.attributes.some((attribute) => attribute.name === 'type' && attribute.kind === 'quoted' && attribute.value !== 'module');

/** The text of each <script> of a component that browsers run, read with Astro's own parser. */
async function scriptsOf(component: string): Promise<string[]> {
  const { ast } = await parse(readFileSync(component, 'utf8'));
  const scripts: string[] = [];
  const walk = (node: Node) => {
    if (node.type === 'element' && node.name === 'script' && !isDataBlock(node)) {
      scripts.push(node.children.map((child) => ('value' in child ? child.value : '')).join(''));
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(ast);
  return scripts;
}

describe('the layers of src/', () => {
  it('has browser modules in client/ folders', () => {
    expect(modules.filter(inClient).length).toBeGreaterThan(10);
  });

  it('gives every component script one browser module to start, and nothing else', async () => {
    const problems: string[] = [];
    for (const component of components) {
      for (const script of await scriptsOf(component)) {
        const imports = runtimeImports(script);
        const clientOnly = imports.every((specifier) => specifier.startsWith('.') && inClient(resolveFrom(component, specifier)));
        if (imports.length !== 1 || !clientOnly) problems.push(`${shown(component)} imports ${JSON.stringify(imports)}`);
        const lines = script.trim().split('\n').length;
        if (lines > 8) problems.push(`${shown(component)} has a ${lines}-line script: move its logic into a client module`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps every file under 300 lines', () => {
    const long = files
      .filter((file) => /\.(ts|astro|css|mjs)$/.test(file))
      .map((file) => ({ file: shown(file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
  });

  it('reads the imports of a component script, type imports left out', () => {
    // The check itself: a module importing node:fs is seen, a type import is not.
    expect(runtimeImports("import { readFileSync } from 'node:fs';\nimport type { X } from 'astro:content';")).toEqual(['node:fs']);
  });
});
