import balanced from 'eslint-plugin-balanced';

export default [
  // The recommended config brings the TypeScript parser and every Balanced rule.
  balanced.configs.recommended,
  {
    // Typed linting: the rules follow imports across modules (an axios instance, a flag key constant).
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
];
