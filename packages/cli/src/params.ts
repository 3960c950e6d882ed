import { readFileSync } from 'node:fs';
import { ConfigError } from '@x/core';

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfigError(`${what} is not valid JSON.`);
  }
}

/**
 * Operation parameters from the command line: a JSON object (`'{"a":1}'`), `@file.json`, `-` for
 * JSON on stdin, `key=value` (a string) or `key:=value` (a JSON value: number, boolean, null,
 * array, object). Later arguments override earlier ones. No arguments: `undefined`.
 */
export function parseParams(args: readonly string[]): Record<string, unknown> | undefined {
  if (args.length === 0) return undefined;
  const out: Record<string, unknown> = {};
  for (const arg of args) {
    if (arg.startsWith('{')) {
      Object.assign(out, objectOf(parseJson(arg, 'the JSON parameter'), 'the JSON parameter'));
    } else if (arg === '-') {
      Object.assign(out, objectOf(parseJson(readFileSync(0, 'utf8'), 'stdin'), 'stdin'));
    } else if (arg.startsWith('@')) {
      const file = arg.slice(1);
      Object.assign(out, objectOf(parseJson(readFileSync(file, 'utf8'), file), file));
    } else {
      const typed = /^([^=:]+):=(.*)$/s.exec(arg);
      if (typed) {
        out[typed[1]!] = parseJson(typed[2]!, `the value of ${typed[1]}`);
        continue;
      }
      const plain = /^([^=]+)=(.*)$/s.exec(arg);
      if (!plain)
        throw new ConfigError(
          `cannot read parameter "${arg}": use key=value, key:=<JSON value>, a JSON object, @file.json or -.`,
        );
      out[plain[1]!] = plain[2]!;
    }
  }
  return out;
}

function objectOf(value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new ConfigError(`${what} must hold a JSON object of parameters.`);
  return value as Record<string, unknown>;
}
