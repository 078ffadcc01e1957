import { ComparisonView } from './ComparisonView.js';
import { ModelQuery } from './ModelQuery.js';

/** The workspace model's validation: scorecard against challenger on the same held-out customers. */
export function ComparisonTab() {
  return <ModelQuery source="workspace">{(model) => <ComparisonView model={model} />}</ModelQuery>;
}
