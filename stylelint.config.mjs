/** @type {import('stylelint').Config} */
export default {
  extends: ['stylelint-config-standard', 'stylelint-config-html/astro'],
  rules: {
    // Blank lines are layout, not correctness: the styles are written compact, one rule after another.
    'rule-empty-line-before': null,
    'at-rule-empty-line-before': null,
    'comment-empty-line-before': null,
    'custom-property-empty-line-before': null,
    'declaration-empty-line-before': null,
    // Astro's scoped styles reach into rendered Markdown and into nodes built by scripts with :global().
    'selector-pseudo-class-no-unknown': [true, { ignorePseudoClasses: ['global'] }],
    // Font family names keep their own capitals (Charter, Georgia): they name typefaces, not keywords.
    'value-keyword-case': ['lower', { ignoreProperties: ['/^--font-/'] }],
  },
};
