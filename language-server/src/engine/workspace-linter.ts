import type { ESLint, Rule, SourceCode } from 'eslint';
import type { ts } from 'ts-morph';
import { findSyntaxErrorLocation } from './config-syntax-error';
import { errorMessage } from './error-message';
import { toFindings } from './findings';
import type { FlatConfig, LintSetup } from './lint-setup';
import type { Analyzed, Finding, Problem } from './types';
import type { WorkspaceProgram } from './workspace-program';

/** The source files Balanced analyses: TypeScript and JavaScript in every module flavour. */
export const SOURCE_FILE_PATTERNS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];

const CAPTURE_PLUGIN = 'balanced-engine';
const CAPTURE_RULE_ID = `${CAPTURE_PLUGIN}/capture-source`;

/**
 * Which rules a lint pass runs: every `balanced/*` rule the config enables, or none (only the parse that
 * the workspace analyses read, as for `balanced coverage`). Other plugins' rules never run: the CLI and the
 * editor report Balanced's findings; the workspace's own `eslint` run reports the rest.
 */
export type RuleSelection = 'balanced-rules' | 'parse-only';

/** One linted file: its findings and the parsed source the workspace analyses read (absent after a parse error). */
export interface LintedFile {
  readonly findings: readonly Finding[];
  readonly sourceCode: SourceCode | undefined;
}

/**
 * Runs ESLint over files of the workspace program. The text linted is always the program's text for the
 * file, and the program itself is handed to typescript-eslint's parser (`parserOptions.programs`), so the
 * rules get type information from ts-morph's TypeScript without a second program.
 *
 * The parsed `SourceCode` comes back through a tiny internal rule that records it at `Program:exit`: the
 * workspace analyses then read the same tree the rules saw, with no second parse.
 */
export class WorkspaceLinter {
  /** ESLint instances for the current program; dropped when an edit produces a new program. */
  private readonly instances = new Map<RuleSelection, ESLint>();
  private instancesProgram: ts.Program | undefined;
  private readonly capturedSources = new Map<string, SourceCode>();

  constructor(
    private readonly root: string,
    private readonly setup: LintSetup,
    private readonly program: WorkspaceProgram,
  ) {}

  /** Lints one file. A parse error is a finding; a crash inside ESLint or a rule is a problem, never a throw. */
  async lintFile(filePath: string, selection: RuleSelection): Promise<Analyzed<LintedFile | undefined>> {
    const text = this.program.getText(filePath);
    if (text.result === undefined) return { result: undefined, problems: text.problems };
    try {
      const [result] = await this.getESLint(selection).lintText(text.result, { filePath, warnIgnored: false });
      const sourceCode = this.capturedSources.get(filePath);
      this.capturedSources.delete(filePath);
      if (!result) return { result: undefined, problems: [] };
      return { result: { findings: toFindings(filePath, text.result, result.messages), sourceCode }, problems: [] };
    } catch (error) {
      this.capturedSources.delete(filePath);
      return { result: undefined, problems: [{ kind: 'internal', path: filePath, message: `ESLint failed on ${filePath}: ${firstLines(errorMessage(error))}` }] };
    }
  }

  /** The config ESLint applies to a file (rules with their options), or undefined when the file is ignored or unmatched. */
  async getFileConfig(filePath: string): Promise<FlatConfig | undefined> {
    const eslint = this.getESLint('parse-only');
    if (await eslint.isPathIgnored(filePath)) return undefined;
    return (await eslint.calculateConfigForFile(filePath)) as FlatConfig | undefined;
  }

  /** Loads the config once, so a broken config file is reported before any file is linted. */
  async verifyConfig(probePath: string): Promise<readonly Problem[]> {
    try {
      await this.getESLint('parse-only').calculateConfigForFile(probePath);
      return [];
    } catch (error) {
      const configFile = this.setup.overrideConfigFile === true ? 'the recommended config' : this.setup.overrideConfigFile;
      const message = `Cannot load ${configFile}${error instanceof SyntaxError && this.setup.overrideConfigFile !== true ? findSyntaxErrorLocation(this.setup.overrideConfigFile) : ''}: ${firstLines(errorMessage(error))}. Fix it, or scan with --untrusted to use Balanced's recommended config without loading it.`;
      return [{ kind: 'configuration', ...(this.setup.overrideConfigFile === true ? {} : { path: this.setup.overrideConfigFile }), message }];
    }
  }

  private getESLint(selection: RuleSelection): ESLint {
    const program = this.setup.canShareProgram ? this.program.getProgram() : undefined;
    if (program !== this.instancesProgram) {
      this.instances.clear();
      this.instancesProgram = program;
    }
    let instance = this.instances.get(selection);
    if (!instance) {
      instance = this.createESLint(selection, program);
      this.instances.set(selection, instance);
    }
    return instance;
  }

  private createESLint(selection: RuleSelection, program: ts.Program | undefined): ESLint {
    const engineConfig: FlatConfig = {
      name: 'balanced/engine',
      files: SOURCE_FILE_PATTERNS,
      plugins: { [CAPTURE_PLUGIN]: { rules: { 'capture-source': this.createCaptureRule() } } },
      rules: { [CAPTURE_RULE_ID]: 'error' },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      ...(program ? { languageOptions: { parserOptions: { programs: [program], project: null, projectService: false } } } : {}),
    };
    return new this.setup.eslint.ESLint({
      cwd: this.root,
      overrideConfigFile: this.setup.overrideConfigFile,
      overrideConfig: [...this.setup.baseConfig, engineConfig],
      ruleFilter: ({ ruleId }) => ruleId === CAPTURE_RULE_ID || (selection === 'balanced-rules' && ruleId.startsWith('balanced/')),
      errorOnUnmatchedPattern: false,
    });
  }

  private createCaptureRule(): Rule.RuleModule {
    return {
      meta: { type: 'problem', schema: [], docs: { description: "Records the parsed source for Balanced's workspace analyses; reports nothing." } },
      create: (context) => ({
        'Program:exit': () => {
          this.capturedSources.set(context.filename, context.sourceCode);
        },
      }),
    };
  }
}

/** ESLint's errors carry a long tail (the rule, the stack); the first lines say what happened. */
function firstLines(message: string): string {
  return message.split('\n').filter((line) => line.trim() !== '').slice(0, 3).join(' ').trim();
}
