// Customers on the worker side: search and the customer 360, recommendations, and target lists
// saved and exported (engine/customers).
import { auditExport } from '../audit/exported.js';
import { auditUnmask, personalFields } from '../audit/unmask.js';
import { customer360 } from '../customers/customer360.js';
import { exportList } from '../customers/exportList.js';
import { deleteList, listMembers, lists, saveList } from '../customers/lists.js';
import { recommendationsPage } from '../customers/recommendations.js';
import { searchCustomers } from '../customers/search.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

export const customersQueries: Pick<QueryHandlers, 'customers.search' | 'customers.get' | 'customers.recommendations' | 'customers.lists' | 'customers.listMembers'> = {
  'customers.search': (ctx, args) => {
    const page = searchCustomers(ctx.db(), args);
    if (args.unmask && page.rows.length > 0) {
      const customers = page.rows.map((r) => r.customerId);
      auditUnmask(ctx, { method: 'customers.search', subject: args.search ?? '', fields: ['name', 'address', 'phone'], detail: { customers, offset: args.offset } });
    }
    return page;
  },
  'customers.get': (ctx, { customerId, unmask }) => {
    const customer = customer360(ctx.db(), customerId, unmask);
    if (unmask) auditUnmask(ctx, { method: 'customers.get', subject: customerId, fields: personalFields });
    return customer;
  },
  'customers.recommendations': (ctx, args) => recommendationsPage(ctx.db(), args),
  'customers.lists': (ctx, { limit }) => lists(ctx.db(), limit),
  'customers.listMembers': (ctx, { listId, offset, limit }) => listMembers(ctx.db(), listId, offset, limit),
};

export const customersJobs: Pick<JobHandlers, 'customers.saveList' | 'customers.deleteList' | 'customers.exportList'> = {
  'customers.saveList': (ctx, { name, filters, prices, shiftShare }) => {
    ctx.progress(0, `drawing target list ${name}`);
    return saveList(ctx.db(), name, filters, { prices, shiftShare });
  },
  'customers.deleteList': (ctx, { listId }) => {
    const deleted = deleteList(ctx.db(), listId);
    ctx.log(deleted ? `target list ${listId} deleted with its members` : `no target list ${listId} to delete`);
    return { listId, deleted };
  },
  'customers.exportList': async (ctx, { path: file, overwrite, listId, format, language }) => {
    const written = await exportList(ctx.db(), { listId, format, language: language ?? 'zh-CN', path: file, overwrite, folder: ctx.exportsDir }, {
      throwIfCancelled: () => ctx.throwIfCancelled(),
      progress: (done, total) => ctx.progress(total === 0 ? 1 : done / total, `${done} of ${total} customers`, { done, total }),
    });
    auditExport(ctx, { method: 'customers.exportList', path: written.path, rows: written.rows, unmasked: false, detail: { listId, format } });
    return written;
  },
};
