import { join } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../fixtures/paths.ts';

/*
 * Checks JSON-LD against schema.org's vocabulary. schema-dts (Google's) is
 * that vocabulary as TypeScript types, generated from a schema.org release:
 * one type per schema.org type, holding exactly the properties whose domain
 * includes it or a type it inherits from, each with its range. So the
 * TypeScript compiler, given a document as an object literal that must
 * satisfy the type its @type names, reports every unknown type, every
 * property outside its type's domain (a misspelt one included) and every
 * value outside a property's range, in nested nodes too.
 */

/** The file the documents are written into; it exists only in the compiler's memory, beside the project's node_modules. */
const DOCUMENTS_FILE = join(projectRoot, 'schema-org-documents.ts');

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: [],
  // The documents need no DOM, and the vocabulary's own declarations are not what is checked.
  lib: ['lib.es2022.d.ts'],
  skipLibCheck: true,
};

/** The vocabulary and the standard library, parsed once for every check (the vocabulary is a megabyte of declarations). */
const parsed = new Map<string, ts.SourceFile | undefined>();

/** The lines before the documents: the imports of the vocabulary. */
const PREAMBLE = "import type * as schema from 'schema-dts';\nimport type { WithContext } from 'schema-dts';\n";

/** The source that makes the compiler check each document, one a line, against the schema.org type its @type names. */
function documentsSource(documents: readonly unknown[]): string {
  const checks = documents.map((document, index) => {
    const type = (document as { '@type'?: unknown })['@type'];
    if (typeof type !== 'string' || !/^[A-Za-z0-9]+$/.test(type))
      return `export const document${index}: never = ${JSON.stringify(document)};`;
    return `export const document${index} = ${JSON.stringify(document)} satisfies WithContext<schema.${type}>;`;
  });
  return `${PREAMBLE}${checks.join('\n')}\n`;
}

/**
 * What is wrong with each JSON-LD document by schema.org's vocabulary: for
 * each document, one message per problem, empty when there is none. One call
 * checks many documents at once, as the compiler's check of the vocabulary's
 * unions takes seconds.
 */
export function schemaOrgProblems(documents: readonly unknown[]): string[][] {
  const source = documentsSource(documents);
  const host = ts.createCompilerHost(OPTIONS);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, language, ...rest) => {
    if (fileName === DOCUMENTS_FILE) return ts.createSourceFile(fileName, source, language);
    if (!parsed.has(fileName)) parsed.set(fileName, getSourceFile(fileName, language, ...rest));
    return parsed.get(fileName);
  };
  host.fileExists = (fileName) => fileName === DOCUMENTS_FILE || fileExists(fileName);
  host.readFile = (fileName) => (fileName === DOCUMENTS_FILE ? source : readFile(fileName));
  const program = ts.createProgram([DOCUMENTS_FILE], OPTIONS, host);
  const file = program.getSourceFile(DOCUMENTS_FILE)!;
  const problems = documents.map((): string[] => []);
  const firstLine = PREAMBLE.split('\n').length - 1;
  for (const diagnostic of [
    ...program.getOptionsDiagnostics(),
    ...program.getSyntacticDiagnostics(file),
    ...program.getSemanticDiagnostics(file),
  ]) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const line =
      diagnostic.file === file && diagnostic.start !== undefined ? file.getLineAndCharacterOfPosition(diagnostic.start).line : -1;
    const found = problems[line - firstLine];
    // A problem outside the documents is one of the check itself (schema-dts missing, say): no document may pass then.
    if (!found) throw new Error(`The schema.org check could not run: ${message}`);
    found.push(message);
  }
  return problems;
}
