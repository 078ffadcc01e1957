// Customer-service analytics on the worker side: the ticket queries, the sensitive-customer tag
// job and the escalation words it looks for.
import { EngineError } from '../api/errors.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

type ServiceQuery = 'service.volume' | 'service.heatmap' | 'service.channels' | 'service.trends' | 'service.tags' | 'service.customerTags' | 'service.links' | 'service.tickets' | 'service.escalationWords';

function notBuilt(): never {
  throw new EngineError('unsupported', 'not built yet');
}

export const serviceQueries: Pick<QueryHandlers, ServiceQuery> = {
  'service.volume': notBuilt,
  'service.heatmap': notBuilt,
  'service.channels': notBuilt,
  'service.trends': notBuilt,
  'service.tags': notBuilt,
  'service.customerTags': notBuilt,
  'service.links': notBuilt,
  'service.tickets': notBuilt,
  'service.escalationWords': notBuilt,
};

export const serviceJobs: Pick<JobHandlers, 'service.tag' | 'service.saveEscalationWords'> = {
  'service.tag': notBuilt,
  'service.saveEscalationWords': notBuilt,
};
