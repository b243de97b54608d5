/** The article's section ids in reading order, as content/stories/sco-2025/sections/*.md publishes them. */
export const SECTION_IDS = [
  'opening',
  'tactical-alliance',
  'close-rapport',
  'since-alaska',
  'not-alone',
  'ukraine-war',
  'shoulder-to-shoulder',
  'diplomatic-push',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];
