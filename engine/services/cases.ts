// Theft cases on the worker side. Writes (open, update, note, attach) are jobs in the
// workspace's write turn; writing an attachment out or the evidence pack (PDF) only reads;
// lists, a case, the evidence and the hit rate are queries.
import { parseIsoDay } from '../core/calendar.js';
import { caseEvidence } from '../theft/cases/evidence.js';
import { attachFile, writeCaseFile } from '../theft/cases/files.js';
import { hitRate } from '../theft/cases/hitRate.js';
import { addNote } from '../theft/cases/notes.js';
import { openCase } from '../theft/cases/open.js';
import { getCase, listCases } from '../theft/cases/read.js';
import { updateCase } from '../theft/cases/update.js';
import { writePack } from '../theft/pack/write.js';
import type { JobHandlers, QueryHandlers } from './registry.js';
import type { Args } from '../api/contract.js';
import type { AuditDetail, AuditNote } from '../api/auditTypes.js';
import { audited, givenArgs } from '../audit/audited.js';
import { auditExport } from '../audit/exported.js';

const day = (iso: string | undefined) => (iso === undefined ? undefined : parseIsoDay(iso));
const nullableDay = (iso: string | null | undefined) => (iso === null ? null : day(iso));

export const casesQueries: Pick<QueryHandlers, 'cases.list' | 'cases.get' | 'cases.evidence' | 'cases.hitRate'> = {
  'cases.list': (ctx, args) => listCases(ctx.db(), args),
  'cases.get': (ctx, { caseId }) => getCase(ctx.db(), caseId),
  'cases.evidence': (ctx, { customerId, from, to }) => caseEvidence(ctx.db(), customerId, { from: day(from), to: day(to) }),
  'cases.hitRate': (ctx, { from, to }) => hitRate(ctx.db(), day(from), day(to)),
};

export const casesJobs: Pick<JobHandlers, 'cases.open' | 'cases.update' | 'cases.note' | 'cases.attach' | 'cases.file' | 'cases.pack'> = {
  'cases.open': (ctx, args) => {
    const opened = audited(
      ctx,
      () => openCase(ctx.db(), { ...args, changeDay: day(args.changeDay), dueDay: day(args.dueDay) }),
      (c) => caseEntry(c.caseId, 'opened', { customerId: c.customerId, ...givenArgs(args, ['customerId', 'user']) }),
    );
    ctx.log(`case ${opened.caseId} opened for customer ${opened.customerId}`);
    return opened;
  },
  'cases.update': (ctx, args) => {
    const updated = audited(
      ctx,
      () => updateCase(ctx.db(), { ...args, dueDay: nullableDay(args.dueDay), inspectionDay: nullableDay(args.inspectionDay) }),
      // An outcome (status) and the auditor's own back-billing figures override the detector.
      (c) => ({ ...caseEntry(c.caseId, 'updated', givenArgs(args, ['caseId', 'user'])), ...(isOverride(args) ? { action: 'override' as const } : {}) }),
    );
    ctx.log(`case ${updated.caseId}: ${updated.status}`);
    return updated;
  },
  'cases.note': (ctx, { caseId, text, user }) =>
    audited(
      ctx,
      () => addNote(ctx.db(), caseId, text, user),
      (note) => caseEntry(caseId, 'noted', { noteId: note.noteId, characters: text.length }),
    ),
  'cases.attach': (ctx, args) => {
    const file = audited(
      ctx,
      () => attachFile(ctx.db(), args),
      (f) => caseEntry(args.caseId, 'attached', { fileId: f.fileId, name: f.name, size: f.size }),
    );
    ctx.log(`case ${args.caseId}: attached ${file.name} (${file.size} bytes)`);
    return file;
  },
  'cases.file': async (ctx, { fileId, path, overwrite }) => {
    const written = await writeCaseFile(ctx.db(), { fileId, path, overwrite, folder: ctx.exportsDir });
    auditExport(ctx, { method: 'cases.file', path: written.path, unmasked: false, detail: { fileId } });
    return written;
  },
  'cases.pack': async (ctx, args) => {
    ctx.progress(0, `case ${args.caseId}: evidence pack`);
    const pack = await writePack(ctx.db(), { ...args, folder: ctx.exportsDir, progress: (fraction, message) => ctx.progress(fraction, message) });
    ctx.log(`case ${args.caseId}: evidence pack ${pack.fileName} (${pack.pages} pages, ${pack.bytes} bytes)`);
    auditExport(ctx, { method: 'cases.pack', path: pack.path, rows: pack.pages, unmasked: false, detail: { caseId: args.caseId } });
    return pack;
  },
};

function caseEntry(caseId: number, change: string, detail: AuditDetail): AuditNote {
  return { action: 'case_change', subject: `case ${caseId}`, detail: { change, ...detail } };
}

/** An update that sets the case's outcome or the auditor's figures over the estimate's. */
function isOverride(args: Args<'cases.update'>): boolean {
  return args.adjustment !== undefined || (args.status !== undefined && ['confirmed_theft', 'contract_violation', 'cleared'].includes(args.status));
}
