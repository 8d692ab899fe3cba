import { ESLintUtils, type ParserServicesWithTypeInformation, type TSESLint } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

/**
 * What a rule needs from the type checker. Absent when the file is linted without a program
 * (no `projectService`, a JavaScript file, or a repository on TypeScript 7 where typed linting cannot run).
 */
export interface TypeInformation {
  readonly services: ParserServicesWithTypeInformation;
  readonly checker: ts.TypeChecker;
  readonly program: ts.Program;
}

/**
 * Reads parser services once, tolerating their absence: every Balanced rule must work
 * without type information and only sharpen its answers with it.
 */
export function getTypeInformation(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TypeInformation | undefined {
  const services = ESLintUtils.getParserServices(context, true);
  if (!services.program) return undefined;
  return {
    services: services as ParserServicesWithTypeInformation,
    checker: services.program.getTypeChecker(),
    program: services.program,
  };
}
