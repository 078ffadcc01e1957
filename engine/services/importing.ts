// Import methods on the worker side: kinds and preview (queries), history and quarantine
// (queries), and the import and quarantine-export jobs.
import type { ImportRecord } from '../api/importTypes.js';
import type { DataKind } from '../api/types.js';
import { dataKinds } from '../api/types.js';
import { kindSpecInfo } from '../import/kinds/index.js';
import { previewImport } from '../import/preview.js';
import { exportQuarantine } from '../import/quarantineExport.js';
import { quarantinePage } from '../import/quarantineRows.js';
import { runImport } from '../import/run.js';
import type { Db } from '../store/database.js';
import type { JobHandlers, QueryHandlers } from './registry.js';
import { auditExport } from '../audit/exported.js';
import { auditUnmask } from '../audit/unmask.js';
import { personalFieldsOf } from '../import/quarantineMask.js';

export const importQueries: Pick<QueryHandlers, 'import.kinds' | 'import.preview' | 'import.history' | 'import.quarantine'> = {
  'import.kinds': () => dataKinds.map(kindSpecInfo),
  'import.preview': (_ctx, args) => previewImport(args),
  'import.history': (ctx, { limit }) => importHistory(ctx.db(), limit),
  'import.quarantine': (ctx, { importId, offset, limit, unmask }) => {
    const page = quarantinePage(ctx.db(), importId, offset, limit, unmask);
    if (unmask && page.rows.length > 0) {
      auditUnmask(ctx, { method: 'import.quarantine', subject: `import ${importId}`, fields: personalFieldsOf(ctx.db(), importId), detail: { offset, rows: page.rows.length } });
    }
    return page;
  },
};

export const importJobs: Pick<JobHandlers, 'import.run' | 'import.exportQuarantine'> = {
  'import.run': (ctx, args) => runImport(ctx, args),
  'import.exportQuarantine': async (ctx, { importId, path, overwrite, language, unmask }) => {
    const written = await exportQuarantine(
      ctx.db(),
      importId,
      { path, overwrite, folder: ctx.exportsDir },
      {
        throwIfCancelled: () => ctx.throwIfCancelled(),
        progress: (done, total) => ctx.progress(total ? done / total : 1, `${done} rows`, { done, total }),
      },
      language,
      unmask,
    );
    auditExport(ctx, { method: 'import.exportQuarantine', path: written.path, rows: written.rows, unmasked: unmask, detail: { importId } });
    return { path: written.path, fileName: written.fileName };
  },
};

function importHistory(db: Db, limit: number): ImportRecord[] {
  const rows = db
    .prepare(
      `SELECT import_id AS id, file, file_name AS fileName, kind, sha256, size_bytes AS sizeBytes, encoding,
              started_at AS startedAt, finished_at AS finishedAt, rows_read AS rowsRead, imported, updated, skipped, quarantined
       FROM imports ORDER BY import_id DESC LIMIT ?`,
    )
    .all(limit) as (ImportRecord & { kind: DataKind })[];
  return rows;
}
