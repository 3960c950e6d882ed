// The per-client operation reference (docs/reference/<client>.md, gitignored), generated at docs
// build time from the operation tables the clients are built from, so it lists exactly what the
// code does: every method with its call, the vendor operation and its HTTP/SOAP shape, whether it
// is retried, how to check a write whose outcome is unknown, hourly limits where published, and
// the personal-data fields, and field tables for the input and the result: names, declared types and
// meanings from the named, documented interfaces each operation takes and returns
// (docs/reference-types.mjs), falling back to the schemas where an operation has no named type.
// The package sources are bundled with esbuild into node_modules/.cache first (no build needed).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { namedTypes } from './reference-types.mjs';

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ')
    .replace(/\{\{/g, '{ {')
    .replace(/</g, '&lt;');
const code = (text) => `\`${String(text).replace(/`/g, "'")}\``;
/** A type in a table cell: a code span with `|` escaped for the table and no `{{` for Vue. */
const typeCode = (text) =>
  code(String(text).replace(/\|/g, '\\|').replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }'));

/**
 * The zod schema under optional/nullable/default/pipe wrappers, and whether it may be left out.
 * A pipe is read from its input side for inputs (what a caller may pass) and from its output side
 * for results (what the caller gets), unless that side is a bare transform, which has no type.
 */
function unwrap(schema, side = 'in') {
  let s = schema;
  let optional = s?._zod?.optin === 'optional';
  let nullable = false;
  for (let i = 0; i < 10 && s?._zod?.def; i++) {
    const { type } = s._zod.def;
    if (type === 'optional' || type === 'default' || type === 'prefault') {
      optional = true;
      s = s._zod.def.innerType;
    } else if (type === 'nullable') {
      nullable = true;
      s = s._zod.def.innerType;
    } else if (type === 'pipe') {
      const out = s._zod.def.out;
      s = side === 'out' && out?._zod?.def?.type !== 'transform' ? out : s._zod.def.in;
      if (side === 'out' && out?._zod?.def?.type === 'transform')
        return { schema: undefined, optional, nullable, decoded: true };
    } else break;
  }
  return { schema: s, optional, nullable };
}

/** A short type name for a zod schema (one level deep). */
function typeName(schema, side, depth = 0) {
  const { schema: s, nullable, decoded } = unwrap(schema, side);
  if (decoded) return 'decoded';
  const def = s?._zod?.def;
  if (!def) return 'unknown';
  let name;
  switch (def.type) {
    case 'enum':
      name = Object.values(def.entries)
        .slice(0, 8)
        .map((v) => JSON.stringify(v))
        .join(' | ');
      break;
    case 'literal':
      name = def.values.map((v) => JSON.stringify(v)).join(' | ');
      break;
    case 'array':
      name = `${depth > 1 ? 'unknown' : typeName(def.element, side, depth + 1)}[]`;
      break;
    case 'union': {
      const parts = [...new Set(def.options.map((o) => typeName(o, side, depth + 1)))];
      name = parts.length > 4 ? `${parts.slice(0, 4).join(' | ')} | …` : parts.join(' | ');
      break;
    }
    case 'object':
      name = 'object';
      break;
    case 'date':
      name = 'Date';
      break;
    case 'custom':
      name = 'value';
      break;
    default:
      name = def.type;
  }
  return nullable ? `${name} | null` : name;
}

/** Field rows of an object schema (`prefix` for array elements): name, type, required. */
function fieldsOf(schema, side = 'in', prefix = '') {
  const { schema: s } = unwrap(schema, side);
  const def = s?._zod?.def;
  if (def?.type === 'array' && !prefix) return fieldsOf(def.element, side, '[].');
  if (def?.type !== 'object') return [];
  const rows = [];
  for (const [name, field] of Object.entries(def.shape)) {
    const { schema: inner, optional } = unwrap(field, side);
    rows.push({ name: `${prefix}${name}`, type: typeName(field, side), required: !optional });
    const innerDef = inner?._zod?.def;
    if (
      !prefix &&
      innerDef?.type === 'array' &&
      unwrap(innerDef.element, side).schema?._zod?.def?.type === 'object'
    )
      rows.push(...fieldsOf(innerDef.element, side, `${name}[].`));
  }
  return rows;
}

/**
 * The rows of a named type when one was found, else the schema's rows (without meanings).
 * `vendorTypes` (PartnerAPI) adds the vendor's operand or column type to the declared type.
 */
function fields(named, fallback, vendorTypes) {
  const rows = named?.rows?.length ? named.rows : fallback;
  if (!vendorTypes) return rows;
  return rows.map((r) => {
    const vendor = vendorTypes.get(r.name.replace(/^\[\]\./, ''));
    return vendor &&
      !String(r.type)
        .split(/[^\w]+/)
        .includes(vendor)
      ? { ...r, vendor }
      : r;
  });
}

/** Whether a field (its last path segment) is one of the operation's personal-data names. */
const isPersonal = (name, personal) =>
  personal.some((p) => p.toLowerCase() === name.split('.').pop().toLowerCase());

function fieldTable(title, named, rows, personal) {
  if (!rows.length) {
    const shown = named?.display;
    const nothing = !shown || /^(undefined|void|never|unknown|any)$/.test(shown);
    return nothing || title === 'Input' ? [] : [`${title}: ${typeCode(shown)}.`, ''];
  }
  return [
    `${title}${named?.name && named.rows?.length ? ` (${code(named.name)})` : ''}:`,
    '',
    '| field | type | required | meaning |',
    '|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${code(r.name)} | ${r.type ? typeCode(r.type) : ''}${r.vendor ? ` (vendor: ${code(r.vendor)})` : ''} | ${r.required ? 'yes' : ''} | ${
          isPersonal(r.name, personal) ? '**personal data.** ' : ''
        }${cell(r.meaning ?? '')} |`,
    ),
    '',
  ];
}

/** One method's section. */
function section({ call, op, shape, limits, inputRows, outputRows, outputNote, named = {}, personal }) {
  const personalNames = personal ?? op.personal ?? [];
  const lines = [`### ${call}`, '', cell(op.doc ?? ''), ''];
  lines.push('| | |', '|---|---|');
  lines.push(`| vendor operation | ${code(op.wire)} |`);
  lines.push(`| request | ${shape} |`);
  lines.push(`| retried on failure | ${op.idempotent ? 'yes (idempotent)' : '**no** (not idempotent)'} |`);
  if (op.verify) lines.push(`| outcome unknown? | before repeating it, ${cell(op.verify)} |`);
  if (op.deprecated) lines.push(`| deprecated | ${cell(op.deprecated)} |`);
  if (limits) lines.push(`| hourly limit | ${cell(limits)} |`);
  lines.push(
    `| personal data | ${
      personalNames.length
        ? `${personalNames.map(code).join(', ')}: masked in logs and errors (see \`logPersonalData\`)`
        : 'none declared'
    } |`,
  );
  lines.push('');
  lines.push(...fieldTable('Input', named.input, inputRows, personalNames));
  lines.push(...fieldTable('Result', named.output, outputRows, personalNames));
  if (outputNote) lines.push(outputNote, '');
  return lines;
}

function page(title, intro, sections) {
  return [
    '---',
    `title: '${title.replace(/'/g, "''")}'`,
    'outline: [2, 2]',
    '---',
    '',
    `# ${title}`,
    '',
    ...intro,
    '',
    'Generated from the operation tables when the site is built. Field names, types and meanings',
    'come from the named TypeScript interfaces each method takes and returns (the types your editor',
    "shows; the table heading names the interface). `[].` marks the fields of an array's elements.",
    '"personal data" lists the wire names whose values logs and errors mask.',
    '',
    ...sections.flat(),
  ].join('\n');
}

async function load(root, cache, name, entry) {
  const outfile = join(cache, `${name}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    // The repository's `paths` point every @x/* entry at its sources.
    tsconfig: join(root, 'tsconfig.json'),
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

const groupsIntro = (client, groups) =>
  `Methods by group (${groups.map((g) => `\`${client}.${g}\``).join(', ')}).`;

/** Writes docs/reference/*.md; returns the number of methods documented. */
export async function generateReference(root, docsDir, { programs, outDir } = {}) {
  const types = namedTypes(docsDir, programs);
  const src = (pkg, file = 'index.ts') => join(root, 'packages', pkg, 'src', file);
  // `outDir` (tests) writes the pages and the bundles elsewhere, beside no build's files.
  const cache = outDir ? join(outDir, '.cache') : join(root, 'node_modules', '.cache', 'docs-reference');
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const out = outDir ?? join(docsDir, 'reference');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let total = 0;
  const write = (file, text, count) => {
    writeFileSync(join(out, file), text);
    total += count;
  };

  /**
   * One page per client whose operations sit in grouped tables: a section per method, its request
   * shape from the entry's meta. `exports` maps each group to the exported table it serves; without
   * it the package exports them all as `operationGroups`. `rows` replaces the field rows where the
   * schemas do not carry them (PartnerAPI's meta does).
   */
  const groupedPage = async ({ pkg, vendor, client, exports, shape, rows }) => {
    const loaded = await load(root, cache, pkg, `packages/${pkg}/src/index.ts`);
    const groups = exports
      ? Object.fromEntries(Object.entries(exports).map(([group, name]) => [group, loaded[name]]))
      : loaded.operationGroups;
    const sections = [];
    let count = 0;
    for (const [group, table] of Object.entries(groups)) {
      if (!table) continue;
      sections.push([`## ${group}`, '']);
      const named = exports
        ? types.operations(src(pkg), exports[group])
        : types.operations(src(pkg), 'operationGroups', group);
      for (const [method, op] of Object.entries(table)) {
        const m = op.meta ?? {};
        count++;
        const own = rows?.(m, named[method]);
        sections.push(
          section({
            call: `${client}.${group}.${method}(input)`,
            op,
            shape: shape(op, m),
            named: named[method],
            inputRows: own?.inputRows ?? fields(named[method]?.input, fieldsOf(op.input)),
            outputRows: own?.outputRows ?? fields(named[method]?.output, fieldsOf(op.output, 'out')),
          }),
        );
      }
    }
    const intro = [groupsIntro(client, Object.keys(groups)), `Guide: [${vendor}](/clients/${pkg}).`];
    write(`${pkg}.md`, page(`${vendor} operation reference`, intro, sections), count);
  };

  // ТМ:МИС: REST + JSON.
  await groupedPage({
    pkg: 'tmmis',
    vendor: 'ТМ:МИС',
    client: 'tmmis',
    exports: { invoices: 'invoiceOperations', cashDesks: 'cashDeskOperations' },
    shape: (_op, m) => {
      const query = m.query?.length ? `, query ${m.query.map(code).join(', ')}` : '';
      return `${m.method ?? '?'} ${code(m.path ?? '')}${query}${m.body ? ', JSON body' : ''}`;
    },
  });

  // Умное ЖКХ: REST + JSON, GET only.
  await groupedPage({
    pkg: 'uzhkh',
    vendor: 'Умное ЖКХ',
    client: 'client',
    shape: (op, m) => `${m.method ?? 'GET'} ${code(m.path ?? op.wire)} (parameters in the query string)`,
  });

  // PartnerAPI: SOAP 1.2, parameters and result columns from the table's meta.
  await groupedPage({
    pkg: 'partnerapi',
    vendor: '1С-Коннект PartnerAPI',
    client: 'api',
    shape: (op, m) => {
      const kind = m.result?.kind ?? 'rows';
      return `SOAP 1.2 operation ${code(op.wire)}; answer: ${kind === 'rows' ? 'a ValueTable, one object per row' : kind}`;
    },
    rows: (m, named) => {
      const columns = m.result?.columns ?? {};
      return {
        inputRows: fields(
          named?.input,
          (m.params ?? []).map((p) => ({ name: p.name, type: p.type, required: p.required })),
          new Map((m.params ?? []).map((p) => [p.name, p.type])),
        ),
        outputRows: fields(
          named?.output,
          Object.entries(columns).map(([name, type]) => ({ name: `[].${name}`, type, required: false })),
          new Map(Object.entries(columns)),
        ),
      };
    },
  });

  // PartnerWebAPI2: SOAP, by wire name; the group methods come from WEBAPI2_GROUPS.
  const webapi2 = await load(root, cache, 'webapi2', 'packages/partnerapi/src/webapi2/index.ts');
  const methodOf = new Map();
  for (const [group, methods] of Object.entries(webapi2.WEBAPI2_GROUPS))
    for (const [method, wire] of Object.entries(methods)) methodOf.set(wire, `api.${group}.${method}(input)`);
  const webSections = [];
  const ops = Object.entries(webapi2.WEBAPI2_OPERATIONS);
  // Parameters are typed for the operations whose parameters the vendor documented (PARAM_SPECS);
  // the others accept any parameters by name.
  const webFile = src('partnerapi', 'webapi2/index.ts');
  const webPersonal = [
    ...(webapi2.WEBAPI2_PERSONAL_FIELDS ?? []),
    ...(webapi2.WEBAPI2_PERSONAL_VALUES ?? []),
  ];
  for (const [wire, op] of ops) {
    const specs = webapi2.PARAM_SPECS?.[wire];
    const namedIn = types.type(webFile, `${wire}Params`);
    const namedOut = types.type(webFile, `${wire}Row`);
    if (namedOut) namedOut.rows = namedOut.rows.map((r) => ({ ...r, name: `[].${r.name}` }));
    if (namedOut) namedOut.name = `${namedOut.name}[]`;
    const inputRows = specs
      ? Object.entries(specs).map(([name, spec]) => ({
          name,
          type: [
            spec?.values ? spec.values.map((v) => JSON.stringify(v)).join(' | ') : (spec?.kind ?? 'value'),
            spec?.max ? ` (≤ ${spec.max} characters)` : '',
          ].join(''),
          required: typeof spec === 'object' && spec ? Boolean(spec.required) : false,
        }))
      : [];
    const l = op.limits;
    webSections.push(
      section({
        call: methodOf.get(wire) ?? `api.call('${wire}', input)`,
        op: { ...op, wire },
        shape: `SOAP operation ${code(wire)}${op.inferred ? ' (purpose inferred from the name: the vendor did not document it)' : ''}`,
        limits: l
          ? `${l.day} a day-time hour, ${l.night} a night hour${l.maxBatch ? `, at most ${l.maxBatch} per call` : ''}`
          : '',
        named: { input: namedIn, output: namedOut },
        inputRows: fields(namedIn, inputRows),
        outputRows: fields(namedOut, []),
        personal: webPersonal.filter((p) =>
          [...(namedIn?.rows ?? inputRows), ...(namedOut?.rows ?? [])].some((r) => isPersonal(r.name, [p])),
        ),
      }),
    );
  }
  write(
    'partnerwebapi2.md',
    page(
      '1С-Коннект PartnerWebAPI2 operation reference',
      [
        `All ${ops.length} operations, each also callable by name: \`api.call('ClientRead', input)\`.`,
        `Personal data, masked in logs and errors in every operation: ${webPersonal.map(code).join(', ')}`,
        '(the values sent under the last four are masked wherever they appear). An operation whose',
        'parameters or columns the vendor did not document lists none below.',
        'Guide: [PartnerWebAPI2](/clients/partnerwebapi2).',
      ],
      webSections,
    ),
    ops.length,
  );

  // AGBIS: commands by wire name, grouped as the client groups them (in the client's order).
  await groupedPage({
    pkg: 'agbis',
    vendor: 'Агбис.Химчистка',
    client: 'agbis',
    exports: {
      session: 'sessionOperations',
      reference: 'referenceOperations',
      clients: 'clientOperations',
      orders: 'orderOperations',
      services: 'serviceOperations',
      payments: 'paymentOperations',
      statistics: 'statisticsOperations',
      deprecated: 'deprecatedOperations',
    },
    shape: (op, m) =>
      `${m.method ?? 'GET'} \`…/api/${op.wire}\`${m.session === false ? ', no session' : ', with the session id'}`,
  });
  return total;
}
