// Field types and meanings for the operation reference, read with the TypeScript compiler from the
// named, documented interfaces every operation takes and returns (issue 15 §3). An operation's
// input and output schemas are `NamedSchema<Out, In>` (zod's `$ZodType<Out, In>`), whose
// `_zod.input` / `_zod.output` members are the named types, so no name list is kept here: the
// types come from the operation tables themselves. The docs build passes TypeDoc's program, so the
// sources are parsed once; run alone, this file builds its own program.
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** A program over docs/tsconfig.typedoc.json (only when no program is passed in). */
function ownProgram(docsDir) {
  const file = join(docsDir, 'tsconfig.typedoc.json');
  const config = ts.readConfigFile(file, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(file));
  return ts.createProgram(parsed.fileNames, parsed.options);
}

/** Reads the named types of the packages' exports. */
export function namedTypes(docsDir, programs) {
  const list = programs?.length ? programs : [ownProgram(docsDir)];

  /** The exports of one entry file as a name → symbol map (aliases resolved). */
  function exportsOf(file) {
    for (const program of list) {
      const source = program.getSourceFile(file);
      if (!source) continue;
      const checker = program.getTypeChecker();
      const module = checker.getSymbolAtLocation(source);
      if (!module) return undefined;
      const map = new Map();
      for (const symbol of checker.getExportsOfModule(module)) {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        map.set(symbol.name, target);
      }
      return { checker, map };
    }
    return undefined;
  }

  /** The element type of an array type, or undefined. */
  function elementOf(checker, type) {
    if (checker.isArrayType(type) || checker.isTupleType?.(type)) return checker.getTypeArguments(type)[0];
    return undefined;
  }

  /** The type without `undefined` and `null`. */
  function defined(checker, type) {
    return checker.getNonNullableType(type);
  }

  /** Whether a type is worth expanding into field rows (an interface or object literal of the packages). */
  function expandable(checker, type) {
    const t = defined(checker, type);
    if (!(t.flags & ts.TypeFlags.Object) || t.isUnion()) return false;
    // Only types declared in the packages: `Date`, `Uint8Array` and the like are values, not records.
    const file = t.getSymbol()?.declarations?.[0]?.getSourceFile().fileName ?? '';
    if (file.includes('/node_modules/')) return false;
    return (
      checker.getPropertiesOfType(t).length > 0 &&
      !checker.getSignaturesOfType(t, ts.SignatureKind.Call).length
    );
  }

  /** The declared type of a property as written in its interface, else as the checker prints it. */
  function declaredType(checker, symbol, location) {
    const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (decl && 'type' in decl && decl.type) return decl.type.getText().replace(/\s+/g, ' ');
    return checker.typeToString(
      checker.getTypeOfSymbolAtLocation(symbol, location),
      undefined,
      ts.TypeFormatFlags.NoTruncation,
    );
  }

  /** Field rows (name, declared type, required, meaning) of a named type; `[].` for array elements. */
  function rowsOf(checker, type, location, prefix = '', depth = 0) {
    const t = defined(checker, type);
    const element = elementOf(checker, t);
    if (element && !prefix) return rowsOf(checker, element, location, '[].', depth);
    if (t.isUnion()) {
      // A union of object types (alternatives): document every member's fields once.
      const seen = new Map();
      for (const part of t.types)
        for (const row of rowsOf(checker, part, location, prefix, depth)) {
          const known = seen.get(row.name);
          seen.set(row.name, known ? { ...known, required: known.required && row.required } : row);
        }
      return [...seen.values()];
    }
    if (!expandable(checker, t)) return [];
    const rows = [];
    for (const prop of checker.getPropertiesOfType(t)) {
      const propType = checker.getTypeOfSymbolAtLocation(prop, location);
      rows.push({
        name: `${prefix}${prop.name}`,
        type: declaredType(checker, prop, location),
        required: !(prop.flags & ts.SymbolFlags.Optional),
        meaning: ts.displayPartsToString(prop.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim(),
      });
      const inner = elementOf(checker, defined(checker, propType));
      if (depth < 1 && inner && expandable(checker, inner))
        rows.push(...rowsOf(checker, inner, location, `${prefix}${prop.name}[].`, depth + 1));
    }
    return rows;
  }

  /** The name a type is declared under (for the table heading), if any. */
  function nameOf(checker, type) {
    const t = defined(checker, type);
    const element = elementOf(checker, t);
    if (element) {
      const inner = nameOf(checker, element);
      return inner ? `${inner}[]` : undefined;
    }
    const symbol = t.aliasSymbol ?? t.getSymbol();
    return symbol && !symbol.name.startsWith('__') ? symbol.name : undefined;
  }

  return {
    /**
     * For the export `table` of `file` (or its member `group`): per method, `{ input, output }`
     * each `{ name, rows }`, read from `_zod.input` / `_zod.output` of the operation's schemas.
     */
    operations(file, table, group) {
      const found = exportsOf(file);
      const symbol = found?.map.get(table);
      if (!symbol) return {};
      const { checker } = found;
      const location = symbol.valueDeclaration ?? symbol.declarations?.[0];
      let tableType = checker.getTypeOfSymbolAtLocation(symbol, location);
      if (group !== undefined) {
        const member = tableType.getProperty(group);
        if (!member) return {};
        tableType = checker.getTypeOfSymbolAtLocation(member, location);
      }
      const out = {};
      for (const method of checker.getPropertiesOfType(tableType)) {
        const op = checker.getTypeOfSymbolAtLocation(method, location);
        const side = (schemaKey, key) => {
          const schema = op.getProperty(schemaKey);
          const zod = schema && checker.getTypeOfSymbolAtLocation(schema, location).getProperty('_zod');
          const internals = zod && checker.getTypeOfSymbolAtLocation(zod, location);
          const member = internals?.getProperty(key);
          if (!member) return undefined;
          const type = checker.getTypeOfSymbolAtLocation(member, location);
          return {
            name: nameOf(checker, type),
            // What a reader sees when there are no fields (binary data, a flag): the type itself.
            display: checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation),
            rows: rowsOf(checker, type, location),
          };
        };
        out[method.name] = { input: side('input', 'input'), output: side('output', 'output') };
      }
      return out;
    },
    /** The rows of an exported named type of `file` (e.g. WebAPI2's `ClientReadParams`). */
    type(file, name) {
      const found = exportsOf(file);
      const symbol = found?.map.get(name);
      if (!symbol) return undefined;
      const { checker } = found;
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      const location = symbol.declarations?.[0];
      return { name, rows: rowsOf(checker, type, location) };
    },
  };
}
