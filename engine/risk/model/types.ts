// The scorecard engine's boundary (feature table, RiskModel, scores), defined in the API
// (engine/api/riskModelTypes.ts: the API's results carry bins, validation and reasons, and the
// API imports nothing outside engine/api); engine/risk imports it from here.
export * from '../../api/riskModelTypes.js';
