// html-validate over every built page (test/site/html.test.ts). A .mjs rather than
// .htmlvalidate.json so that each exception can carry its reason.
export default {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    // Astro writes <style>astro-island{display:contents}</style> into <body> before the first
    // island; every browser applies a <style> there, so it is accepted as flow content.
    { style: { flow: true } },
  ],
  rules: {
    // KaTeX positions every glyph of a formula with inline styles it generates at build time
    // (struts, vertical lists, spacing, \\color), and Plot styles the SVG it server-renders
    // (colour, font size) and each figure keeps its fixed aspect ratio inline. Only those
    // properties are allowed; any other inline style is still an error.
    'no-inline-style': [
      'error',
      {
        allowedProperties: [
          'display',
          'height',
          'vertical-align',
          'margin-right',
          'margin-left',
          'top',
          'left',
          'border-bottom-width',
          'position',
          'width',
          'min-width',
          'padding-left',
          'color',
          'background',
          'background-color',
          'font-size',
          'aspect-ratio',
          // KaTeX's \boxed and \fbox frames.
          'border-style',
          'border-width',
          // Legend swatches take their series' colour, which the data decides.
          'border-color',
          // LandscapeDescent hands each racer's colour to its CSS as a custom property.
          '--ld-color',
        ],
      },
    ],
    // Naming a list (the sidebar's "Chapters in reading order", "Search results") is valid ARIA
    // for the roles list and region, and axe accepts it; the rule only calls it "not recommended".
    // Names on elements whose role forbids naming are still errors.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // The search forms are live searches (results update as you type) with a single field, so
    // Enter submits them implicitly and a submit button would do nothing; the form exists only so
    // that Enter without JavaScript goes to /search/?q=….
    'wcag/h32': 'off',
    // Preact's server renderer writes void elements as <input/>, Astro as <input>; both are
    // valid HTML, and the output is generated, not written by hand.
    'void-style': 'off',
    // Generated HTML (MDX, KaTeX) keeps the whitespace of its sources; it is not a defect of the
    // page. The sources themselves are formatted by Prettier.
    'no-trailing-whitespace': 'off',
    // Preact's server renderer leaves ">" unescaped in text (e.g. "r > 0"), which the HTML
    // standard allows: only "<" and ambiguous "&" start markup, and those are escaped by every
    // renderer we use (a stray "<" would show up as a parse error, which this config still reports).
    'no-raw-characters': 'off',
  },
};
