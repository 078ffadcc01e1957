// import.preview: what an import of a file would do, from its first rows only: the header
// row, the kind (scores of every kind), the mapping, what is missing, the interval layout,
// the first rows, and the problems the import would find in them (the same parsers; a dry
// run that writes nothing).
import path from 'node:path';
import type { ImportPreview, MappingSpec, ResolvedMapping, RowProblem } from '../api/importTypes.js';
import type { DataKind } from '../api/types.js';
import { dataKinds } from '../api/types.js';
import { FieldReader } from './kinds/fieldReader.js';
import { kindDefinitions, kindSpecInfo, synonymTable } from './kinds/index.js';
import type { IntervalLayout } from './kinds/intervalLayout.js';
import { fieldUnits } from './kinds/types.js';
import { codeTable } from './kinds/vocabulary.js';
import { resolveMapping } from './mapping.js';
import { kindScores } from './mappingKind.js';
import type { ArrayRow } from './arrayRow.js';
import { isBlankRow, readSample, SAMPLE_ROWS } from './mappingSample.js';
import { openTable } from './openTable.js';

const SHOWN_ROWS = 20;
/** A kind is suggested only when its columns are at least this convincing. */
const DETECT_THRESHOLD = 0.5;

export interface PreviewArgs {
  path: string;
  kind?: DataKind;
  mapping?: MappingSpec;
}

export async function previewImport(args: PreviewArgs): Promise<ImportPreview> {
  const options = args.mapping?.options ?? {};
  const source = await openTable(args.path, { encoding: options.encoding, sheet: options.sheet });
  try {
    const sample = await readSample(source, dataKinds.map(synonymTable), options.headerRow);
    await sample.rest.return?.();
    const { headers } = sample;
    const scores = kindScores(headers);
    const kind = args.kind ?? (scores[0] && scores[0].score >= DETECT_THRESHOLD ? scores[0].kind : null);
    const rows = sample.rows.filter((row) => !isBlankRow(row)).slice(0, SAMPLE_ROWS);
    const base = {
      path: args.path,
      fileName: path.basename(args.path),
      sizeBytes: source.sizeBytes,
      format: source.format,
      encoding: source.encoding,
      hasBom: source.hasBom,
      delimiter: source.delimiter,
      sheets: source.sheets,
      headerRow: sample.headerRowNumber - 1,
      headers,
      kindScores: scores.map(({ kind, score, complete }) => ({ kind, score, complete })),
      sampleRows: rows.slice(0, SHOWN_ROWS).map((row) => row.cells()),
      sampleSize: rows.length,
    };
    if (kind === null) {
      return { ...base, kind, spec: null, mapping: null, mappingSpec: null, missing: [], layout: null, problems: [] };
    }
    const resolution = resolveMapping(kind, headers, sample.headerRowNumber - 1, args.mapping, rows);
    const complete = resolution.missing.length === 0;
    const definition = kindDefinitions[kind];
    const layout = complete
      ? definition.prepare?.({ headers, columns: resolution.mapping.fields, options: resolution.mapping.options, sample: rows })
      : undefined;
    return {
      ...base,
      kind,
      spec: kindSpecInfo(kind),
      mapping: resolution.mapping,
      mappingSpec: resolution.spec,
      missing: resolution.missing,
      layout: kind === 'interval' && layout ? shownLayout(layout as IntervalLayout, rows, resolution.mapping.fields) : null,
      problems: complete ? validate(kind, headers, resolution.mapping, layout, rows, source.format === 'csv') : [],
    };
  } finally {
    await source.close();
  }
}

/** The layout as the wizard shows it; a unit set row by row (数据类型) is shown as the first row's. */
function shownLayout(layout: IntervalLayout, rows: ArrayRow[], columns: Record<string, number>): NonNullable<ImportPreview['layout']> {
  const typed = columns.dataType === undefined || !rows[0] ? null : codeTable('interval', 'dataType').lookup(rows[0].text(columns.dataType));
  const unit = layout.unit ?? (typed === 'kWh' ? 'kWh' : 'kW');
  return { format: layout.format, points: layout.points, unit, timeLabel: layout.timeLabel };
}

/** The problems the import would quarantine among the sample rows. */
function validate(
  kind: DataKind,
  headers: string[],
  mapping: ResolvedMapping,
  layout: unknown,
  rows: ArrayRow[],
  csv: boolean,
): RowProblem[] {
  const definition = kindDefinitions[kind];
  const reader = new FieldReader(headers, mapping.fields, csv, mapping.pointColumns, fieldUnits(definition.fields));
  const problems: RowProblem[] = [];
  for (const row of rows) {
    reader.start(row);
    if (definition.parse(reader, layout) === null && reader.problem) problems.push(reader.problem);
  }
  return problems;
}
