import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PREVIEW_IMAGE_SIZE, wordmark } from './social-meta';

const { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT } = PREVIEW_IMAGE_SIZE;

/** What one preview card says. */
export interface PreviewCard {
  /** Small line at the top right, e.g. "Part 3 of 8". */
  kicker: string;
  /** The big line: the section's title, the explainer's headline or a glossary entry's name. */
  title: string;
  /** A sentence under the title, smaller: a glossary entry's definition. */
  text?: string;
  /** The story's headline, or what the page is, at the foot of the card. */
  footer: string;
  /** The site's name, at the top left. */
  brand: string;
}

// Colours of the site's light theme (src/styles/tokens.css); an image has no dark mode.
const PAPER = '#fdfcfa';
const INK = '#1c1b19';
const MUTED = '#595650';
const ACCENT = '#a3261b';
const RULE = '#d9d5cc';

const PADDING_X = 80;
const PADDING_Y = 64;
/** Room left for the title once the brand line, the footer and the gaps between them are placed. */
const TITLE_BOX = { width: PREVIEW_WIDTH - 2 * PADDING_X, height: 300 };
const TITLE_LINE_HEIGHT = 1.12;
/** Largest first: a short title is set big enough to read on a phone's thumbnail. */
const TITLE_SIZES = [88, 80, 72, 64, 58, 52, 46, 40] as const;
/** With a sentence under it, the title shares the room: a glossary card's name and definition. */
const SHARED_TITLE_BOX = { width: TITLE_BOX.width, height: 150 };
const TEXT_BOX = { width: TITLE_BOX.width, height: 190 };
const TEXT_SIZES = [36, 34, 32, 30, 28, 26, 24] as const;
const TEXT_LINE_HEIGHT = 1.35;
const TEXT_GAP = 24;
/**
 * Inter Bold, as set here, averages under 0.5 em per character in mixed-case
 * English (measured on these cards); 0.55 errs on the wide side, so that a
 * title estimated to fit really fits, even with many capitals.
 */
const AVERAGE_CHARACTER_WIDTH = 0.55;

/** How many lines `text` takes when wrapped at `perLine` characters on spaces. */
export function wrappedLineCount(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    // A word longer than a line is broken by the renderer across as many lines as it needs.
    const length = word.length;
    if (used === 0) {
      lines += Math.ceil(length / perLine) - 1;
      used = length % perLine || perLine;
    } else if (used + 1 + length <= perLine) {
      used += 1 + length;
    } else {
      lines += Math.ceil(length / perLine);
      used = length % perLine || perLine;
    }
  }
  return lines;
}

/**
 * The largest font size at which the whole title fits the title box, or
 * null when even the smallest would not: a preview must never cut a title off.
 */
export function titleFontSize(title: string, box = TITLE_BOX): number | null {
  return fittingSize(title, box, TITLE_SIZES, TITLE_LINE_HEIGHT);
}

/** The largest of `sizes` at which the whole text fits the box, or null. */
function fittingSize(text: string, box: { width: number; height: number }, sizes: readonly number[], lineHeight: number): number | null {
  for (const size of sizes) {
    const perLine = Math.floor(box.width / (size * AVERAGE_CHARACTER_WIDTH));
    if (wrappedLineCount(text, perLine) * size * lineHeight <= box.height) return size;
  }
  return null;
}

type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: { style: Style; children?: string | Node | Node[] };
}
const box = (style: Style, children?: string | Node | Node[]): Node => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

const require = createRequire(import.meta.url);

/** Inter from @fontsource/inter, read from node_modules: the build never fetches anything. */
function interFonts() {
  const weights = [500, 700] as const;
  const subsets = ['latin', 'latin-ext'] as const;
  return weights.flatMap((weight) =>
    subsets.map((subset) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
    })),
  );
}

let fonts: ReturnType<typeof interFonts> | undefined;

/** The preview card as SVG, 1200 × 630. Throws when the title or the text is too long to show whole. */
export async function previewCardSvg(card: PreviewCard): Promise<string> {
  const size = titleFontSize(card.title, card.text === undefined ? TITLE_BOX : SHARED_TITLE_BOX);
  if (size === null) {
    throw new Error(`The title “${card.title}” is too long for its link-preview image; shorten it to under about 250 characters.`);
  }
  const textSize = card.text === undefined ? undefined : fittingSize(card.text, TEXT_BOX, TEXT_SIZES, TEXT_LINE_HEIGHT);
  if (textSize === null) {
    throw new Error(`The text “${card.text}” is too long for its link-preview image; shorten it to under about 300 characters.`);
  }
  fonts ??= interFonts();
  const { lead, last } = wordmark(card.brand);
  const brand = box({ display: 'flex', fontSize: 32, fontWeight: 700, color: INK }, [
    ...(lead ? [box({ marginRight: 10 }, lead)] : []),
    box({ color: ACCENT }, last),
  ]);
  // Padding on the root is not taken off its width by satori, so the margins sit on an inner column.
  const tree = box(
    { display: 'flex', width: '100%', height: '100%', background: PAPER, borderTop: `16px solid ${ACCENT}`, fontFamily: 'Inter' },
    box({ display: 'flex', flexDirection: 'column', flexGrow: 1, margin: `${PADDING_Y}px ${PADDING_X}px` }, [
      box({ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }, [
        brand,
        box({ fontSize: 28, fontWeight: 500, color: MUTED, textTransform: 'uppercase', letterSpacing: 2 }, card.kicker),
      ]),
      box({ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
        box({ fontSize: size, fontWeight: 700, lineHeight: TITLE_LINE_HEIGHT, letterSpacing: -1, color: INK }, card.title),
        ...(card.text === undefined || textSize === undefined
          ? []
          : [box({ marginTop: TEXT_GAP, fontSize: textSize, fontWeight: 500, lineHeight: TEXT_LINE_HEIGHT, color: INK }, card.text)]),
      ]),
      box({ paddingTop: 24, borderTop: `2px solid ${RULE}`, fontSize: 28, fontWeight: 500, color: MUTED, lineHeight: 1.3 }, card.footer),
    ]),
  );
  return satori(tree as Parameters<typeof satori>[0], { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts });
}

/**
 * Where drawn previews are kept between builds, each under a hash of everything that decides its pixels. Drawing
 * one takes 50 to 400 ms (satori, then resvg), and a site of 1,000 stories has about 9,000: a build after one new
 * story draws that story's nine and reads the rest. Deleting node_modules/.cache starts it afresh; `npm run bench`
 * times its builds without it.
 */
export const PREVIEW_CACHE = 'node_modules/.cache/link-previews';

let renderer: string | undefined;

/**
 * What draws a card, besides the card: this module as it runs (its layout and colours), the fonts and the versions
 * of satori and resvg. Null when the module's own file cannot be read; then nothing is cached.
 */
function rendererKey(): string | null {
  if (renderer !== undefined) return renderer;
  try {
    const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)));
    for (const name of ['satori', '@resvg/resvg-js']) hash.update(readFileSync(require.resolve(`${name}/package.json`)));
    for (const font of (fonts ??= interFonts())) hash.update(font.data);
    renderer = hash.digest('hex');
  } catch {
    return null;
  }
  return renderer;
}

/** Draws a 1200 × 630 PNG link preview, or reads it from `cacheDir` when it was drawn before. Throws when the title is too long to show whole. */
export async function renderPreviewImage(
  card: PreviewCard,
  { cacheDir = join(process.cwd(), PREVIEW_CACHE) }: { cacheDir?: string } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const key = rendererKey();
  const file = key === null ? null : join(cacheDir, `${createHash('sha256').update(key).update(JSON.stringify(card)).digest('hex')}.png`);
  if (file) {
    try {
      return Uint8Array.from(readFileSync(file));
    } catch {
      // Not drawn yet.
    }
  }
  const svg = await previewCardSvg(card);
  const png = Uint8Array.from(
    new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_WIDTH }, font: { loadSystemFonts: false } }).render().asPng(),
  );
  if (file) {
    mkdirSync(cacheDir, { recursive: true });
    // Written aside, then renamed: a build stopped halfway never leaves half an image to be read later.
    const partial = `${file}.${process.pid}.part`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  }
  return png;
}
