/**
 * Runs one of the editors' commands in src/cli/ (`node src/cli/run.ts new-story …`). Node runs TypeScript, but not
 * the extensionless imports that the rest of src/ writes for Vite; Vite's own module runner resolves them as the
 * build does, so the commands share the site's modules instead of copies of them.
 */
import { argv, exit } from 'node:process';
import { runnerImport } from 'vite';

const COMMANDS = { 'new-story': { file: './new-story.ts', run: 'newStory' } } as const;

const [name, ...args] = argv.slice(2);
const command = COMMANDS[name as keyof typeof COMMANDS];
if (!command) {
  console.error(`Unknown command "${name ?? ''}". Commands: ${Object.keys(COMMANDS).join(', ')}.`);
  exit(1);
}
const { module } = await runnerImport<Record<string, (args: readonly string[]) => number>>(
  new URL(command.file, import.meta.url).pathname,
  { configFile: false, logLevel: 'error' },
);
exit(module[command.run]!(args));
