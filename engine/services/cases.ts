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
    const opened = openCase(ctx.db(), { ...args, changeDay: day(args.changeDay), dueDay: day(args.dueDay) });
    ctx.log(`case ${opened.caseId} opened for customer ${opened.customerId}`);
    return opened;
  },
  'cases.update': (ctx, args) => {
    const updated = updateCase(ctx.db(), { ...args, dueDay: nullableDay(args.dueDay), inspectionDay: nullableDay(args.inspectionDay) });
    ctx.log(`case ${updated.caseId}: ${updated.status}`);
    return updated;
  },
  'cases.note': (ctx, { caseId, text, user }) => addNote(ctx.db(), caseId, text, user),
  'cases.attach': (ctx, args) => {
    const file = attachFile(ctx.db(), args);
    ctx.log(`case ${args.caseId}: attached ${file.name} (${file.size} bytes)`);
    return file;
  },
  'cases.file': (ctx, { fileId, path, overwrite }) => writeCaseFile(ctx.db(), { fileId, path, overwrite, folder: ctx.exportsDir }),
  'cases.pack': async (ctx, args) => {
    ctx.progress(0, `case ${args.caseId}: evidence pack`);
    const pack = await writePack(ctx.db(), { ...args, folder: ctx.exportsDir, progress: (fraction, message) => ctx.progress(fraction, message) });
    ctx.log(`case ${args.caseId}: evidence pack ${pack.fileName} (${pack.pages} pages, ${pack.bytes} bytes)`);
    return pack;
  },
};
