import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseDocument, isMap, isSeq } from 'yaml';
import { ContentError } from './content-error';

function projectRoot(context: LoaderContext): string {
  return fileURLToPath(context.config.root);
}

function listMarkdown(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.split('\\').join('/'));
}

/**
 * Astro's `glob()` only warns when its folder is missing, and only logs a file
 * that cannot be read or rendered, then builds an explainer with that section
 * silently missing or empty. This wrapper turns each of those into an error
 * that names the folder or file.
 */
export function strictGlob(options: Parameters<typeof glob>[0] & { base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'strict-glob',
    async load(context) {
      const base = resolve(projectRoot(context), options.base);
      if (!existsSync(base)) {
        throw new ContentError(
          options.base,
          'the content folder does not exist.',
          `create it and add the ${context.collection} Markdown files, or fix the base path in src/content.config.ts.`,
        );
      }
      const files = listMarkdown(base);
      if (files.length === 0) {
        throw new ContentError(options.base, `holds no Markdown files, so the "${context.collection}" collection would be empty.`);
      }
      const problems: string[] = [];
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      logger.error = (message: string) => {
        problems.push(message);
        context.logger.error(message);
      };
      await inner.load({ ...context, logger });
      if (problems.length > 0) {
        throw new ContentError(options.base, problems.join('\n'));
      }
      const loaded = new Map(context.store.values().map((entry) => [entry.filePath, entry]));
      for (const file of files) {
        const path = relative(projectRoot(context), resolve(base, file)).split('\\').join('/');
        const entry = loaded.get(path);
        if (!entry) {
          const id = parseFrontmatter(readFileSync(resolve(base, file), 'utf8')).frontmatter['id'];
          const holder = typeof id === 'string' ? context.store.get(id) : undefined;
          if (holder) {
            throw new ContentError(path, `id: "${id}" is also used by ${holder.filePath}. Section ids must be unique.`);
          }
          throw new ContentError(path, 'could not be read; it would be missing from the site.');
        }
        if (!entry.rendered?.html.trim()) {
          throw new ContentError(path, 'has no text; a section needs at least one paragraph.');
        }
      }
    },
  };
}

function readYaml(root: string, path: string): unknown {
  const absolute = resolve(root, path);
  if (!existsSync(absolute)) {
    throw new ContentError(path, 'the data file does not exist.');
  }
  const document = parseDocument(readFileSync(absolute, 'utf8'), { prettyErrors: true });
  const [firstError] = document.errors;
  if (firstError) {
    throw new ContentError(path, `is not valid YAML: ${firstError.message}`);
  }
  return document;
}

/** One entry of a YAML list, with its checked id and 1-based place in the file. */
interface RawEntry {
  id: string;
  index: number;
  data: Record<string, unknown>;
}

/**
 * Reads a YAML list whose entries each have a unique `id`. Shared by the
 * content loader and by the Markdown plugins' data, so both see the same
 * entries and the same errors.
 */
function readYamlList(root: string, path: string): RawEntry[] {
  const document = readYaml(root, path) as ReturnType<typeof parseDocument>;
  if (!isSeq(document.contents)) {
    throw new ContentError(path, 'must be a YAML list of entries (each one starting with "- id: …").');
  }
  const items = document.toJS() as unknown[];
  if (items.length === 0) {
    throw new ContentError(path, 'holds no entries.');
  }
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
    return { id, index, data: item as Record<string, unknown> };
  });
}

/**
 * Loads a YAML list of entries, each with an `id`. Astro's `file()` loader logs
 * a YAML syntax error and carries on with an empty collection, and only warns
 * about duplicate ids; here both stop the build and name the file and entry.
 */
export function yamlEntries(path: string): Loader {
  return {
    name: 'yaml-entries',
    async load(context) {
      const entries = readYamlList(projectRoot(context), path);
      context.store.clear();
      for (const { id, data: raw } of entries) {
        const data = await context.parseData({ id, data: raw, filePath: path });
        context.store.set({ id, data, filePath: path, digest: context.generateDigest(data) });
      }
      context.watcher?.add(resolve(projectRoot(context), path));
    },
  };
}

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Reads and validates a YAML list outside the content layer, for the Markdown
 * plugins, which are configured before collections exist. Errors name the
 * file, the entry and the field, like the content layer's.
 */
export function readValidatedList<Schema extends z.ZodType>(path: string, schema: Schema): z.infer<Schema>[] {
  return readYamlList(PROJECT_ROOT, path).map(({ id, index, data }) => {
    const result = schema.safeParse(data);
    if (!result.success) {
      const details = result.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`);
      throw new ContentError(path, `entry ${index} ("${id}") → ${details.join('; ')}`);
    }
    return result.data;
  });
}

/** Loads one YAML mapping as a single entry with the given id. */
export function yamlDocument(path: string, id: string): Loader {
  return {
    name: 'yaml-document',
    async load(context) {
      const document = readYaml(projectRoot(context), path) as ReturnType<typeof parseDocument>;
      if (!isMap(document.contents)) {
        throw new ContentError(path, 'must be a YAML mapping of fields.');
      }
      const data = await context.parseData({ id, data: document.toJS() as Record<string, unknown>, filePath: path });
      context.store.clear();
      context.store.set({ id, data, filePath: path, digest: context.generateDigest(data) });
      context.watcher?.add(resolve(projectRoot(context), path));
    },
  };
}

/**
 * Reads each section's id, position and Markdown body straight from
 * content/sections, for the Markdown plugins, which need to know the reading
 * order before the content layer exists. It never fails: a broken section is
 * left out here and reported by the content layer with its file and field.
 */
export function readSectionTexts(path: string): { id: string; position: number; file: string; text: string }[] {
  const base = resolve(PROJECT_ROOT, path);
  if (!existsSync(base)) return [];
  return listMarkdown(base)
    .flatMap((name) => {
      const file = `${path}/${name}`.replace(/^\.\//, '');
      try {
        const { frontmatter, content } = parseFrontmatter(readFileSync(resolve(base, name), 'utf8'));
        const { id, position } = frontmatter;
        return typeof id === 'string' && typeof position === 'number' ? [{ id, position, file, text: content }] : [];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.position - b.position);
}
