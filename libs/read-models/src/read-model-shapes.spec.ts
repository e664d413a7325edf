import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/** The read models' own code: everything but specs and their fixtures. */
function readModelSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return readModelSources(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|int-spec|spec-fixtures)\.ts$/.test(entry.name) ? [path] : [];
  });
}

const STATE_FILE = /\.state\.ts$/;

/** Whether a type is one the deciders declare for their state (by name: a `Pick` of one is a plain shape). */
function isStateType(type: ts.Type): boolean {
  return [type.aliasSymbol, type.getSymbol()].some((symbol) => symbol?.declarations?.some((declaration) => STATE_FILE.test(declaration.getSourceFile().fileName)));
}

/**
 * Every name the read models take from the supervision domain, and whether it is the deciders'
 * state: a state type, or a function that takes or returns one (evolve, the initial state, helpers
 * over the state). Resolved by the compiler, so a re-export or a renamed import cannot hide it.
 */
function namesFromTheDomain(): { file: string; name: string; state: boolean }[] {
  const root = join(__dirname, '..', '..', '..');
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const files = readModelSources(__dirname);
  const program = ts.createProgram(files, { ...config!.options, noEmit: true });
  const checker = program.getTypeChecker();
  const found: { file: string; name: string; state: boolean }[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || (statement.moduleSpecifier as ts.StringLiteral).text !== '@app/supervision') continue;
      const bindings = statement.importClause?.namedBindings;
      if (bindings === undefined || !ts.isNamedImports(bindings)) continue;
      for (const element of bindings.elements) {
        const symbol = checker.getAliasedSymbol(checker.getSymbolAtLocation(element.name)!);
        const declaredAsState = (symbol.declarations ?? []).some(
          (declaration) => STATE_FILE.test(declaration.getSourceFile().fileName) && (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration)),
        );
        const signatures = symbol.valueDeclaration === undefined ? [] : checker.getTypeOfSymbolAtLocation(symbol, symbol.valueDeclaration).getCallSignatures();
        const overState = signatures.some(
          (signature) =>
            isStateType(signature.getReturnType()) ||
            signature.getParameters().some((parameter) => isStateType(checker.getTypeOfSymbolAtLocation(parameter, parameter.valueDeclaration!))),
        );
        found.push({ file: relative(root, file), name: (element.propertyName ?? element.name).text, state: declaredAsState || overState });
      }
    }
  }
  return found;
}

describe('the read models own their shapes', () => {
  const imported = namesFromTheDomain();

  it('take names from the supervision domain (its events, vocabulary and rules): the scan sees the imports', () => {
    expect(imported.map(({ name }) => name)).toEqual(expect.arrayContaining(['CaseEvent', 'TaskEvent', 'CASE_SEVERITIES', 'accountableUnitIdsOf']));
  });

  it('take nothing of the deciders’ state: no state type, no evolve, no function over the state', () => {
    expect(imported.filter(({ state }) => state)).toEqual([]);
  });
});
