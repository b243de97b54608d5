import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSyntheticStory } from '../../fixtures/synthetic-stories';
import { ContentError } from '../../src/lib/base/content-error';
import { readContent } from '../../src/lib/content/read-fs';
import { createContentCopy, type EditableCopy } from '../../fixtures/content-copy';
import { fixtureRoot } from '../support/story';

/*
 * Each mistake an editor can make in content/, made in a copy of the unit
 * tests' own content (tests/fixtures/content/, frozen, so that an editor's
 * correct edit to content/ never breaks a case) and read as the build reads
 * it: readContent() throws a ContentError before Astro renders anything, so no
 * build is needed to see the message. Two real builds that fail on content are
 * in failing-build.test.ts.
 */

const STORY = 'content/stories/sco-2025/story.yaml';
const CLOSE_RAPPORT = 'content/stories/sco-2025/sections/03-close-rapport.md';
const TIMELINE = 'content/stories/sco-2025/timeline.yaml';
const NOTES = 'content/stories/sco-2025/notes.yaml';
const CORRECTIONS = 'content/stories/sco-2025/corrections.yaml';
const GLOSSARY = 'content/glossary.yaml';
const PUBLISHED_STORIES = 'content/published-stories.yaml';
const PUBLISHED_IDS = 'content/stories/sco-2025/published-ids.yaml';

const PUBLISHED = 'published on 2025-09-01 (Monday 1 September 2025) (content/stories/sco-2025/story.yaml → source.published)';
const PHRASE_HINT = 'Correct the event’s date or its phrase; if the words are not counted from the publication day, say why in `phraseUnchecked`.';

/** Stands in anyEntryNumber`…` for an entry's number, which moves when an editor adds an entry before it. */
const N = Symbol('any entry number');

/** The whole text, exactly, but for each ${N}, which stands for any number. */
function anyEntryNumber(text: TemplateStringsArray, ..._numbers: (typeof N)[]): RegExp {
  return new RegExp(`^${text.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\d+')}$`);
}

interface ContentErrorCase {
  /** What the editor got wrong, as the test's name. */
  name: string;
  /** Makes the mistake in a fresh copy of the fixture's content/. */
  breakIt(copy: EditableCopy): void;
  /** The file the error names first. */
  file: string;
  /** The rest of the error after "<file>: ": the entry, the field and the message, as exact text or a pattern for the whole of it. */
  error: string | RegExp;
}

const CASES: ContentErrorCase[] = [
  // Sections
  {
    name: 'a section without a title',
    breakIt: (c) => c.replace(CLOSE_RAPPORT, 'title: "Close rapport"\n', ''),
    file: CLOSE_RAPPORT,
    error: 'title: Invalid input: expected string, received undefined',
  },
  {
    name: 'two sections with the same id, naming both files',
    breakIt: (c) => c.replace('content/stories/sco-2025/sections/04-since-alaska.md', 'id: since-alaska', 'id: close-rapport'),
    file: 'content/stories/sco-2025/sections/04-since-alaska.md',
    error: 'id: "close-rapport" is also used by content/stories/sco-2025/sections/03-close-rapport.md. Section ids must be unique.',
  },
  {
    name: 'a field of the wrong type',
    breakIt: (c) => c.replace(CLOSE_RAPPORT, 'position: 3', 'position: "third"'),
    file: CLOSE_RAPPORT,
    error: 'position: Invalid input: expected number, received string',
  },
  {
    name: 'a missing sections folder instead of building an empty explainer',
    breakIt: (c) => c.remove('content/stories/sco-2025/sections'),
    file: './content/stories/sco-2025/sections',
    error: 'the content folder does not exist.\n  Hint: create it and add the Markdown files, or fix the folder name.',
  },
  {
    name: 'two sections in the same position',
    breakIt: (c) => c.replace(CLOSE_RAPPORT, 'position: 3', 'position: 2'),
    file: 'content/stories/sco-2025/sections',
    error: '\n  content/stories/sco-2025/sections/03-close-rapport.md → position: 2 is also used by content/stories/sco-2025/sections/02-tactical-alliance.md. Give each section its own position.',
  },
  // The story's metadata
  {
    name: 'an impossible publication date in a story’s metadata',
    breakIt: (c) => c.replace(STORY, 'published: "2025-09-01"', 'published: "2025-09-31"'),
    file: STORY,
    error: 'source.published: "2025-09-31" is not a real day: 2025-09 has 30 days.',
  },
  {
    name: 'a reference to a section that does not exist',
    breakIt: (c) => c.replace(STORY, 'headlineBefore: ukraine-war', 'headlineBefore: ukraine-wars'),
    file: STORY,
    error: 'source.headlineBefore: "ukraine-wars" is not a section id. Known ids: opening, tactical-alliance, close-rapport, since-alaska, not-alone, ukraine-war, shoulder-to-shoulder, diplomatic-push.',
  },
  {
    name: 'metadata that is not valid YAML',
    breakIt: (c) => c.replace(STORY, 'outlet: "CNN"', 'outlet: "CNN'),
    file: STORY,
    error: 'is not valid YAML: Missing closing "quote at line 9, column 15:\n\n  outlet: "CNN\n              ^\n',
  },
  // The corrections log
  {
    name: 'a correction of a note that does not exist',
    breakIt: (c) => c.replace(CORRECTIONS, 'target: { kind: note, id: beijing-summit }', 'target: { kind: note, id: beijing-sumit }'),
    file: CORRECTIONS,
    error: 'entry "beijing-summit-anthems" → target.id: "beijing-sumit" is not the id of a note in content/stories/sco-2025/notes.yaml.\n  Hint: Copy the id of the corrected note, event or entry from its file.',
  },
  {
    name: 'a correction without a date',
    breakIt: (c) => c.replace(CORRECTIONS, '- id: sco-partners\n  date: "2026-12-01"\n', '- id: sco-partners\n'),
    file: CORRECTIONS,
    error: 'entry 4 ("sco-partners") → date: Invalid input: expected string, received undefined',
  },
  // Time phrases and the dates of their events
  {
    name: 'events dated wrong for every phrase kind at once (weekday, weekday ahead, last week, month, this summer, years back), each named with both dates',
    breakIt: (c) => {
      c.replace(TIMELINE, '- id: welcome-banquet\n  date: "2025-08-31"', '- id: welcome-banquet\n  date: "2025-08-24"');
      c.replace(TIMELINE, '- id: military-parade\n  date: "2025-09-03"', '- id: military-parade\n  date: "2025-08-27"');
      c.replace(TIMELINE, '- id: kyiv-attack\n  date: "2025-08-28"', '- id: kyiv-attack\n  date: "2025-08-21"');
      c.replace(TIMELINE, '- id: alaska-summit\n  date: "2025-08-15"', '- id: alaska-summit\n  date: "2025-07-15"');
      c.replace(TIMELINE, '- id: full-scale-invasion\n  date: "2022-02-24"', '- id: full-scale-invasion\n  date: "2022-03-01"');
      c.replace(TIMELINE, '- id: trump-oil-tariff-threats\n  start: "2025-07-14"', '- id: trump-oil-tariff-threats\n  start: "2025-05-20"');
      c.replace(TIMELINE, '  start: "2018-06-09"\n  end: "2018-06-10"', '  start: "2019-06-09"\n  end: "2019-06-10"');
    },
    file: TIMELINE,
    // One error lists every event at fault, in the file's order: the file is named once, before the first.
    error: [
      `entry "modi-china-2018" → start: the event falls on 2019-06-09 – 2019-06-10 (9\u2009–\u200910 June 2019), but "seven years" in content/stories/sco-2025/sections/06-ukraine-war.md, ${PUBLISHED}, means the year 7 years before publication: 2018-01-01 – 2018-12-31 (1 January\u2009–\u200931 December 2018).`,
      `entry "full-scale-invasion" → date: the event falls on 2022-03-01 (Tuesday 1 March 2022), but "in February 2022" in content/stories/sco-2025/sections/04-since-alaska.md, ${PUBLISHED}, means that month: 2022-02-01 – 2022-02-28 (1\u2009–\u200928 February 2022).`,
      `entry "trump-oil-tariff-threats" → start: the event falls on 2025-05-20 – 2025-08-06 (20 May\u2009–\u20096 August 2025), but "earlier this summer" in content/stories/sco-2025/sections/06-ukraine-war.md, ${PUBLISHED}, means June to August of the publication year: 2025-06-01 – 2025-08-31 (1 June\u2009–\u200931 August 2025).`,
      `entry "alaska-summit" → date: the event falls on 2025-07-15 (Tuesday 15 July 2025), but "in August" in content/stories/sco-2025/sections/04-since-alaska.md, ${PUBLISHED}, means that month, the latest one not after publication: 2025-08-01 – 2025-08-31 (1\u2009–\u200931 August 2025).`,
      `entry "kyiv-attack" → date: the event falls on 2025-08-21 (Thursday 21 August 2025), but "Just last week" in content/stories/sco-2025/sections/04-since-alaska.md, ${PUBLISHED}, means the previous calendar week (Monday to Sunday): 2025-08-25 – 2025-08-31 (25\u2009–\u200931 August 2025).`,
      `entry "welcome-banquet" → date: the event falls on 2025-08-24 (Sunday 24 August 2025), but "Sunday evening" in content/stories/sco-2025/sections/03-close-rapport.md, ${PUBLISHED}, means the last Sunday (within six days before publication, or that day): 2025-08-31 (Sunday 31 August 2025).`,
      `entry "military-parade" → date: the event falls on 2025-08-27 (Wednesday 27 August 2025), but "on Wednesday" in content/stories/sco-2025/sections/08-diplomatic-push.md, ${PUBLISHED}, means the Wednesday still to come (within six days after publication): 2025-09-03 (Wednesday 3 September 2025).`,
      `Hint: ${PHRASE_HINT}`,
    ].join('\n  '),
  },
  {
    name: 'a phrase the rules cannot read that does not say why it is unchecked',
    breakIt: (c) => c.replace(TIMELINE, '  phraseUnchecked: “Previously” is counted', '  # “Previously” is counted'),
    file: TIMELINE,
    error: 'entry "crimea-seized" → phrase: "previously" is not a time phrase the build can date. It knows named weekdays ("on Sunday", "Sunday evening"), "last week", named months ("in August", "in February 2022"), "earlier this summer", "in seven years" and "today"/"tomorrow". Write it as one of those, or say in `phraseUnchecked` why it cannot be checked.\n  Hint: ' + PHRASE_HINT,
  },
  // The glossary
  {
    name: 'an alias that two entries claim',
    breakIt: (c) => c.replace(GLOSSARY, '  term: Peng Liyuan\n  kind: person\n', '  term: Peng Liyuan\n  kind: person\n  aliases: [Xi]\n'),
    file: GLOSSARY,
    error: '\n  entry "peng-liyuan" → aliases: "Xi" is already claimed by entry "xi-jinping". A form can link to one entry only: remove it from one of them.',
  },
  {
    name: 'two glossary entries with the same id',
    breakIt: (c) => c.replace(GLOSSARY, 'id: peng-liyuan', 'id: xi-jinping'),
    file: GLOSSARY,
    error: anyEntryNumber`entry ${N} → id: "xi-jinping" is already used by entry 1. Ids must be unique.`,
  },
  {
    name: 'an empty definition',
    breakIt: (c) => c.replace(GLOSSARY, 'definition: President of the Russian Federation.', 'definition: "  "'),
    file: GLOSSARY,
    error: 'entry 2 ("vladimir-putin") → definition: must not be empty: write one neutral sentence.',
  },
  {
    name: 'a glossary entry without sources',
    breakIt: (c) =>
      c.replace(
        GLOSSARY,
        '  sources:\n    - title: "United Nations Security Council: Purposes and Principles of the UN (Chapter I of UN Charter)"\n      url: https://www.un.org/securitycouncil/content/purposes-and-principles-un-chapter-i-un-charter\n',
        '  sources: []\n',
      ),
    file: GLOSSARY,
    error: anyEntryNumber`entry ${N} ("sovereignty-non-intervention") → sources: needs at least one source.`,
  },
  {
    name: 'an entry the article never mentions, unless it is marked as context',
    breakIt: (c) => c.replace(GLOSSARY, '  term: Singapore\n', '  term: Singapura\n'),
    file: GLOSSARY,
    error: '\n  entry "singapore": the article never mentions it (looked for "Singapura"). Add the form the article uses to its aliases (matching is whole-word and case-sensitive), or set `context: true` if the entry is there only for the notes or the timeline.',
  },
  // Places on a map
  {
    name: 'a place the story’s map shows without coordinates',
    breakIt: (c) =>
      c.replace(
        GLOSSARY,
        '  coordinates:\n    lat: 55.750\n    lon: 37.618\n    source:\n      title: "Tripomatic: Moskou"\n      url: https://tripomatic.com/nl/poi/moskou-city:36\n',
        '',
      ),
    file: GLOSSARY,
    error:
      '\n  entry "moscow" → coordinates: the map of the story "sco-2025" shows this place, and it has no coordinates.\n  Hint: add coordinates: { lat, lon, source: { title, url } } read from a public page (or, for a country, outline: its ISO 3166-1 numeric code).',
  },
  {
    name: 'a latitude past the pole',
    breakIt: (c) => c.replace(GLOSSARY, '    lat: 55.750\n', '    lat: 95.5\n'),
    file: GLOSSARY,
    error: anyEntryNumber`entry ${N} ("moscow") → coordinates.lat: must be 90 or less: degrees north, with south negative.`,
  },
  {
    name: 'coordinates on an entry that is not a place',
    breakIt: (c) =>
      c.replace(
        GLOSSARY,
        '  term: Vladimir Putin\n',
        '  term: Vladimir Putin\n  coordinates: { lat: 55.75, lon: 37.62, source: { title: "Tripomatic: Moskou", url: "https://tripomatic.com/nl/poi/moskou-city:36" } }\n',
      ),
    file: GLOSSARY,
    error: 'entry 2 ("vladimir-putin") → coordinates: only a place is drawn on a map; this entry is a person.',
  },
  {
    name: 'a map-only place of a story with a longitude past 180°',
    breakIt: (c) =>
      c.replace(
        STORY,
        'source:\n',
        'mapPlaces:\n  - name: Kyiv\n    coordinates: { lat: 50.45, lon: 210.5, source: { title: "Wikipedia (Scots): Kiev", url: "https://sco.wikipedia.org/wiki/Kiev" } }\nsource:\n',
      ),
    file: STORY,
    error: 'mapPlaces.0.coordinates.lon: must be 180 or less: degrees east, with west negative.',
  },
  // Sources
  {
    name: 'an http address and an empty title',
    breakIt: (c) => {
      c.replace(TIMELINE, 'url: https://www.usatoday.com/story/', 'url: http://www.usatoday.com/story/');
      c.replace(TIMELINE, 'title: "USA Today: Putin rebuffs West, signs treaty to annex Crimea (18 Mar 2014)"', 'title: " "');
    },
    file: TIMELINE,
    error: anyEntryNumber`entry ${N} ("crimea-seized") → sources.1.title: must not be empty.; sources.1.url: "http://www.usatoday.com/story/news/world/2014/03/18/russia-crimea-annexation/6554563/" is http: write https:// (the sites we cite offer it), or, if this site has no https, add its host to HTTP_ONLY_HOSTS in src/lib/base/source-url.ts with the reason.`,
  },
  {
    name: 'a malformed address',
    breakIt: (c) => c.replace(NOTES, 'url: https://tass.com/politics/2009665', 'url: tass.com/politics/2009665'),
    file: NOTES,
    error: anyEntryNumber`entry ${N} ("receiving-putin") → sources.0.url: "tass.com/politics/2009665" is not a full web address: copy it from the browser's address bar.`,
  },
  {
    name: 'one address listed under two titles, naming both',
    breakIt: (c) =>
      c.replace(
        NOTES,
        'title: "Xinhua via People’s Daily Online: Xi reviews troops to mark 80th anniversary of victory over Japanese aggression (3 Sept 2025)"',
        'title: "People’s Daily: parade report"',
      ),
    file: `${TIMELINE}, ${NOTES}`,
    error: anyEntryNumber`the same source is listed under different titles:\n  content/stories/sco-2025/notes.yaml: entry "beijing-summit" → sources[${N}].title: "People’s Daily: parade report" names https://en.people.cn/n3/2025/0903/c90000-20361397.html, which content/stories/sco-2025/timeline.yaml: entry "military-parade" → sources[0].title calls "Xinhua via People’s Daily Online: Xi reviews troops to mark 80th anniversary of victory over Japanese aggression (3 Sept 2025)".\n  Hint: Give one page one title everywhere: the page’s own title.`,
  },
  // The timeline and the notes
  {
    name: 'an unknown section id',
    breakIt: (c) => c.replace(TIMELINE, 'sectionIds: [diplomatic-push]', 'sectionIds: [diplomatic-pushh]'),
    file: TIMELINE,
    error: '\n  entry "military-parade" → sectionIds[0]: "diplomatic-pushh" is not a section id. Known ids: opening, tactical-alliance, close-rapport, since-alaska, not-alone, ukraine-war, shoulder-to-shoulder, diplomatic-push.\n  entry "military-parade" → phrase: "on Wednesday" does not stand in any of its sections. Copy the words verbatim from the article, or fix sectionIds.',
  },
  {
    name: 'an edit to the article that orphans a timeline phrase',
    breakIt: (c) => c.replace('content/stories/sco-2025/sections/08-diplomatic-push.md', 'host on Wednesday in Beijing', 'host midweek in Beijing'),
    file: TIMELINE,
    error: '\n  entry "military-parade" → phrase: "on Wednesday" does not stand in section "diplomatic-push" (content/stories/sco-2025/sections/08-diplomatic-push.md). Copy the words verbatim from the article, or fix sectionIds.',
  },
  {
    name: 'an impossible event date',
    breakIt: (c) => c.replace(TIMELINE, 'date: "2025-09-03"', 'date: "2025-09-31"'),
    file: TIMELINE,
    error: anyEntryNumber`entry ${N} ("military-parade") → date: "2025-09-31" is not a real day: 2025-09 has 30 days.`,
  },
  {
    name: 'a malformed event date',
    breakIt: (c) => c.replace(TIMELINE, 'date: "2025-08-15"', 'date: "15/08/2025"'),
    file: TIMELINE,
    error: anyEntryNumber`entry ${N} ("alaska-summit") → date: "15/08/2025" is not an ISO date: write YYYY-MM-DD, YYYY-MM or YYYY (for example 2025-09-01).`,
  },
  {
    name: 'a span that ends before it starts',
    breakIt: (c) => c.replace(TIMELINE, 'end: "2014-03-18"', 'end: "2014-01-18"'),
    file: TIMELINE,
    error: anyEntryNumber`entry ${N} ("crimea-seized") → end: "2014-01-18" is before start "2014-02-27": a span cannot end before it begins.`,
  },
  {
    name: 'a duplicate event id',
    breakIt: (c) => c.replace(TIMELINE, '- id: donbas-war', '- id: crimea-seized'),
    file: TIMELINE,
    error: anyEntryNumber`entry ${N} → id: "crimea-seized" is already used by entry ${N}. Ids must be unique.`,
  },
  // Follow-ups, what happened after the report
  {
    name: 'a follow-up dated before the report it follows',
    breakIt: (c) => c.replace(TIMELINE, '- id: busan-truce\n  date: "2025-10-30"', '- id: busan-truce\n  date: "2025-08-30"'),
    file: TIMELINE,
    error:
      '\n  entry "busan-truce" → date: "2025-08-30" is before the report, published on 2025-09-01 (content/stories/sco-2025/story.yaml → source.published); a follow-up tells what happened after it. Correct the date, or remove `followUp`.',
  },
  {
    name: 'a follow-up added to the site before it happened',
    breakIt: (c) => c.replace(TIMELINE, '  followUp: true\n  added: "2026-12-07"', '  followUp: true\n  added: "2025-10-29"'),
    file: TIMELINE,
    error: '\n  entry "busan-truce" → added: "2025-10-29" is before the event began ("2025-10-30"); a follow-up is added once it has happened.',
  },
  {
    name: 'a follow-up that names words of the article, which could not know of it',
    breakIt: (c) => c.replace(TIMELINE, '  followUp: true\n', '  followUp: true\n  phrase: slow-rolled that threat\n'),
    file: TIMELINE,
    error: anyEntryNumber`entry ${N} ("busan-truce") → phrase: a follow-up names no words of the article, which could not know of it: remove the phrase.`,
  },
  {
    name: 'a follow-up without the day it was added',
    breakIt: (c) => c.replace(TIMELINE, '  followUp: true\n  added: "2026-12-07"\n', '  followUp: true\n'),
    file: TIMELINE,
    error: anyEntryNumber`entry ${N} ("busan-truce") → added: is missing: a follow-up says the day it was added to the site (YYYY-MM-DD).`,
  },
  // What a follow-up overtakes
  {
    name: 'an event overtaken by an id that names no event',
    breakIt: (c) => c.replace(TIMELINE, '- id: donbas-war\n', '- id: donbas-war\n  overtakenBy: { id: no-such-event, label: Overtaken by a later event }\n'),
    file: TIMELINE,
    error:
      '\n  entry "donbas-war" → overtakenBy.id: "no-such-event" is not the id of a follow-up in content/stories/sco-2025/timeline.yaml; name an event marked `followUp: true` (busan-truce).',
  },
  {
    name: 'a note overtaken by an event that is no follow-up',
    breakIt: (c) =>
      c.replace(NOTES, '  sectionId: opening\n', '  sectionId: opening\n  overtakenBy: { id: crimea-seized, label: Overtaken by a later event }\n'),
    file: NOTES,
    error: /^\n {2}entry "[a-z-]+" → overtakenBy\.id: "crimea-seized" is an event but not a follow-up in content\/stories\/sco-2025\/timeline\.yaml; name an event marked `followUp: true` \(busan-truce\)\.$/,
  },
  {
    name: 'a glossary entry overtaken by an id that is no story’s follow-up',
    breakIt: (c) =>
      c.replace(GLOSSARY, '  term: Vladimir Putin\n', '  term: Vladimir Putin\n  overtakenBy: { id: busan-talks, label: Overtaken by a later event }\n'),
    file: GLOSSARY,
    error:
      '\n  entry "vladimir-putin" → overtakenBy.id: "busan-talks" is not the id of a follow-up in content/stories/*/timeline.yaml; name an event marked `followUp: true` (busan-truce).',
  },
  {
    name: 'an overtaken line too short to say what changed',
    breakIt: (c) => c.replace(TIMELINE, '- id: donbas-war\n', '- id: donbas-war\n  overtakenBy: { id: busan-truce, label: Later }\n'),
    file: TIMELINE,
    error: anyEntryNumber`entry ${N} ("donbas-war") → overtakenBy.label: is too short: say what changed and when.`,
  },
  // Dates of a state of affairs, and of a review
  {
    name: 'a glossary entry dated “as of” a day still to come',
    breakIt: (c) => c.replace(GLOSSARY, '  term: Vladimir Putin\n', '  term: Vladimir Putin\n  asOf: "2999-01-01"\n'),
    file: GLOSSARY,
    error: /^\n {2}entry \d+ \("vladimir-putin"\) → asOf: "2999-01-01" is after the day of the build \(\d{4}-\d{2}-\d{2}\); date a claim by a day that has come\.$/,
  },
  {
    name: 'a note dated “as of” a day still to come',
    breakIt: (c) => c.replace(NOTES, '  sectionId: opening\n', '  sectionId: opening\n  asOf: "2999-01"\n'),
    file: NOTES,
    error: /^\n {2}entry 1 \("[a-z-]+"\) → asOf: "2999-01" is after the day of the build \(\d{4}-\d{2}-\d{2}\); date a claim by a day that has come\.$/,
  },
  {
    name: 'a story reviewed before it was published on the site',
    breakIt: (c) => c.replace(STORY, 'reviewed: "2026-12-07"', 'reviewed: "2026-11-27"'),
    file: STORY,
    error: 'reviewed: "2026-11-27" is before published ("2026-11-28"): a story is reviewed once it is out.',
  },
  {
    name: 'a note without a source',
    breakIt: (c) =>
      c.replace(
        NOTES,
        '  sources:\n    - title: "The Tribune (ANI): report of Modi’s words to Putin, “always stood shoulder to shoulder even in the most difficult situations” (1 Sept 2025) (title not verified; descriptive label)"\n      url: https://www.tribuneindia.com/news/world/india-and-russia-always-stood-shoulder-to-shoulder-says-pm-modi-during-bilateral-meet-with-putin/\n',
        '  sources: []\n',
      ),
    file: NOTES,
    error: anyEntryNumber`entry ${N} ("difficult-times") → sources: needs at least one source.`,
  },
  {
    name: 'a note on a section that does not exist',
    breakIt: (c) => c.replace(NOTES, 'sectionId: diplomatic-push', 'sectionId: parade'),
    file: NOTES,
    error: '\n  entry "two-dozen-leaders" → sectionId: "parade" is not a section id. Known ids: opening, tactical-alliance, close-rapport, since-alaska, not-alone, ukraine-war, shoulder-to-shoulder, diplomatic-push, or "credit" for the credit line.',
  },
  {
    name: 'a note whose words are not in its section',
    breakIt: (c) => c.replace(NOTES, 'phrase: Beijing summit', 'phrase: Tianjin summit'),
    file: NOTES,
    error: '\n  entry "beijing-summit" → phrase: "Tianjin summit" does not stand in section "opening" (content/stories/sco-2025/sections/01-opening.md). Copy the words verbatim from the article.',
  },
  // Stories and their published ids
  {
    name: 'a published story whose folder is gone, naming the record and the slug',
    breakIt: (c) => c.replace(PUBLISHED_STORIES, '  - sco-2025\n', '  - sco-2025\n  - gone-story\n'),
    file: PUBLISHED_STORIES,
    error: '\n  "gone-story" was published, but content/stories/gone-story/ does not exist, so links to /gone-story/ would break. Give the folder its name back.',
  },
  {
    name: 'a story that builds but is not recorded',
    breakIt: (c) => {
      writeSyntheticStory(c.root, { slug: 'synthetic-unrecorded', published: '2025-10-01', seed: 3 });
      c.replace(PUBLISHED_STORIES, '  - synthetic-unrecorded\n', '');
    },
    file: PUBLISHED_STORIES,
    error: '\n  "synthetic-unrecorded" (content/stories/synthetic-unrecorded/) is not recorded. Add it to the list when the story is published.',
  },
  {
    name: 'a story folder named like a page of the site',
    breakIt: (c) => mkdirSync(join(c.root, 'content/stories/glossary')),
    file: 'content/stories/glossary',
    error: '"glossary" is a path the site itself uses; give the story another folder name.',
  },
  {
    name: 'a published section id that disappears, naming the id and the new id to record',
    breakIt: (c) => c.replace(CLOSE_RAPPORT, 'id: close-rapport\n', 'id: close-ties\n'),
    file: PUBLISHED_IDS,
    error: '\n  "close-rapport" was published, but no section has it as its id or in its formerIds, so links to the section and its share page would break. Give the id back to its section, or add it to the formerIds of the section that replaced it.\n  content/stories/sco-2025/sections/03-close-rapport.md → id: "close-ties" is not recorded. Add it to content/stories/sco-2025/published-ids.yaml, so that its links are kept working after any rename.',
  },
];

/** The error readContent throws on the copy; fails the test when it throws none or something else. */
function contentErrorOf(copy: EditableCopy): ContentError {
  try {
    readContent(copy.root);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('readContent accepted the broken content.');
}

describe('broken content is refused before anything renders, naming the file, the entry and the field', () => {
  let copy: EditableCopy | undefined;
  afterEach(() => copy?.dispose());

  it.each(CASES)('rejects $name', ({ breakIt, file, error }) => {
    copy = createContentCopy(fixtureRoot);
    breakIt(copy);
    const { message } = contentErrorOf(copy);
    expect(message.startsWith(`${file}: `), message).toBe(true);
    const rest = message.slice(file.length + 2);
    if (typeof error === 'string') expect(rest).toBe(error);
    else expect(rest).toMatch(error);
  });
});
