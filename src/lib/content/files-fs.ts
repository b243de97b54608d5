import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { isMap, isSeq, parseDocument } from 'yaml';
import { ContentError } from '../base/content-error';
import type { MarkdownFile } from './model';

/*
 * Reading content files from disk, with errors that name the file, the entry
 * and the field. Astro's own `glob()` and `file()` loaders only warn about a
 * missing folder or a duplicate id and carry on with something missing; here
 * each of those stops the build.
 */

/** How a schema's complaints read to an editor: "title: must not be empty; position: expected number". */
function issues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`).join('; ');
}

function readYaml(root: string, path: string): ReturnType<typeof parseDocument> {
  const absolute = resolve(root, path);
  if (!existsSync(absolute)) throw new ContentError(path, 'the data file does not exist.');
  const document = parseDocument(readFileSync(absolute, 'utf8'), { prettyErrors: true });
  const [firstError] = document.errors;
  if (firstError) throw new ContentError(path, `is not valid YAML: ${firstError.message}`);
  return document;
}

/** One YAML mapping (content/explainer.yaml), checked by `schema`. */
export function readYamlDocument<Schema extends z.ZodType>(root: string, path: string, schema: Schema): z.infer<Schema> {
  const document = readYaml(root, path);
  if (!isMap(document.contents)) throw new ContentError(path, 'must be a YAML mapping of fields.');
  const result = schema.safeParse(document.toJS());
  if (!result.success) throw new ContentError(path, issues(result.error));
  return result.data;
}

/** A YAML list whose entries each have a unique `id`, each checked by `schema`. */
export function readYamlList<Schema extends z.ZodType>(root: string, path: string, schema: Schema): z.infer<Schema>[] {
  const document = readYaml(root, path);
  if (!isSeq(document.contents)) {
    throw new ContentError(path, 'must be a YAML list of entries (each one starting with "- id: …").');
  }
  const items = document.toJS() as unknown[];
  if (items.length === 0) throw new ContentError(path, 'holds no entries.');
  const seen = new Map<string, number>();
  return items.map((item, offset) => {
    const index = offset + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new ContentError(path, `entry ${index} is not a mapping of fields.`);
    }
    const id = (item as { id?: unknown }).id;
    if (typeof id !== 'string' || id.trim() === '') {
      throw new ContentError(path, `entry ${index} → id: is missing; every entry needs a unique id.`);
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new ContentError(path, `entry ${index} → id: "${id}" is already used by entry ${earlier}. Ids must be unique.`);
    }
    seen.set(id, index);
    const result = schema.safeParse(item);
    if (!result.success) throw new ContentError(path, `entry ${index} ("${id}") → ${issues(result.error)}`);
    return result.data;
  });
}

/**
 * A list that a story may not have yet (a new story has no notes, no
 * timeline and no corrections): no file reads as no entries. A file that is
 * there must hold at least one.
 */
export function readOptionalYamlList<Schema extends z.ZodType>(root: string, path: string, schema: Schema): z.infer<Schema>[] {
  return existsSync(resolve(root, path)) ? readYamlList(root, path, schema) : [];
}

/**
 * Every Markdown file in `folder`, with its frontmatter checked by `schema`.
 * A missing or empty folder, a file whose frontmatter fails the schema and
 * two files with one id stop the build, naming the files.
 */
export function readMarkdownFolder<Schema extends z.ZodType<{ id: string }>>(
  root: string,
  folder: string,
  schema: Schema,
): MarkdownFile<z.infer<Schema>>[] {
  const base = resolve(root, folder);
  if (!existsSync(base)) {
    throw new ContentError(`./${folder}`, 'the content folder does not exist.', 'create it and add the Markdown files, or fix the folder name.');
  }
  const names = readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.split('\\').join('/'))
    .sort();
  if (names.length === 0) throw new ContentError(`./${folder}`, 'holds no Markdown files.');
  const owners = new Map<string, string>();
  return names.map((name) => {
    const filePath = `${folder}/${name}`;
    const source = readFileSync(resolve(base, name), 'utf8');
    let parsed: ReturnType<typeof parseFrontmatter>;
    try {
      parsed = parseFrontmatter(source);
    } catch (error) {
      throw new ContentError(filePath, `its frontmatter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
    }
    const result = schema.safeParse(parsed.frontmatter);
    if (!result.success) throw new ContentError(filePath, issues(result.error));
    const data = result.data;
    const owner = owners.get(data.id);
    if (owner) throw new ContentError(filePath, `id: "${data.id}" is also used by ${owner}. Section ids must be unique.`);
    owners.set(data.id, filePath);
    if (!parsed.content.trim()) throw new ContentError(filePath, 'has no text; a section needs at least one paragraph.');
    return { id: data.id, filePath, source, body: parsed.content, data };
  });
}
