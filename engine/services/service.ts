// Customer-service analytics on the worker side: the ticket queries, the sensitive-customer tag
// job and the escalation words it looks for.
import { escalationWords, saveEscalationWords } from '../service/escalationWords.js';
import { channels } from '../service/queries/channels.js';
import { heatmap } from '../service/queries/heatmap.js';
import { customerTags, serviceLinks, tagsPage } from '../service/queries/tags.js';
import { ticketsPage } from '../service/queries/tickets.js';
import { trends } from '../service/queries/trends.js';
import { volume } from '../service/queries/volume.js';
import { runTags } from '../service/tags/runTags.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

type ServiceQuery =
  | 'service.volume'
  | 'service.heatmap'
  | 'service.channels'
  | 'service.trends'
  | 'service.tags'
  | 'service.customerTags'
  | 'service.links'
  | 'service.tickets'
  | 'service.escalationWords';

export const serviceQueries: Pick<QueryHandlers, ServiceQuery> = {
  'service.volume': (ctx, { grain, ...filters }) => volume(ctx.db(), filters, grain),
  'service.heatmap': (ctx, filters) => heatmap(ctx.db(), filters),
  'service.channels': (ctx, { by, runId, ...filters }) => channels(ctx.db(), filters, by, runId),
  'service.trends': (ctx, { by, ...filters }) => trends(ctx.db(), filters, by),
  'service.tags': (ctx, args) => tagsPage(ctx.db(), args),
  'service.customerTags': (ctx, { customerId }) => customerTags(ctx.db(), customerId),
  'service.links': (ctx, args) => serviceLinks(ctx.db(), args),
  'service.tickets': (ctx, args) => ticketsPage(ctx.db(), args),
  'service.escalationWords': (ctx) => escalationWords(ctx.db()),
};

export const serviceJobs: Pick<JobHandlers, 'service.tag' | 'service.saveEscalationWords'> = {
  'service.tag': (ctx, params) => runTags(ctx, params),
  'service.saveEscalationWords': (ctx, args) => saveEscalationWords(ctx.db(), 'reset' in args ? 'reset' : args.words),
};
