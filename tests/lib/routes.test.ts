import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  firstStorySharePath,
  glossaryPath,
  placesFilePath,
  timelineAnchorPath,
  timelinePath,
  previewImagePath,
  sharePath,
  storyAnchorPath,
  storyPath,
} from '../../src/lib/routes';

describe('the route table', () => {
  it('builds the paths of a section', () => {
    expect(storyPath('sco-2025')).toBe('/sco-2025/');
    expect(sharePath('sco-2025', 'close-rapport')).toBe('/sco-2025/s/close-rapport/');
    expect(storyAnchorPath('sco-2025', 'close-rapport')).toBe('/sco-2025/#close-rapport');
    expect(previewImagePath('sco-2025', 'close-rapport')).toBe('/og/sco-2025/s/close-rapport.png');
    expect(previewImagePath('sco-2025')).toBe('/og/sco-2025.png');
    expect(firstStorySharePath('close-rapport')).toBe('/s/close-rapport/');
  });

  it('makes absolute URLs on the site', () => {
    expect(absoluteUrl('/sco-2025/s/opening/', 'https://sco.example.org')).toBe('https://sco.example.org/sco-2025/s/opening/');
  });

  it('builds the addresses of the glossary, the timeline and the files search fetches', () => {
    expect(glossaryPath()).toBe('/glossary/');
    expect(glossaryPath('narendra-modi')).toBe('/glossary/narendra-modi/');
    expect(timelinePath()).toBe('/timeline/');
    expect(timelinePath('sco-2025')).toBe('/timeline/sco-2025/');
    expect(timelineAnchorPath('sco-2025', 'sco-2025--event-alaska-summit')).toBe('/timeline/sco-2025/#sco-2025--event-alaska-summit');
    expect(placesFilePath('sco-2025')).toBe('/search/places/sco-2025.json');
  });
});
