// Rows read in one pass (each with the index of its customer) regrouped by customer: a counting
// sort that keeps each customer's rows in the order they were read, so that a customer's rows
// are `order[start[c]]` .. `order[start[c + 1] - 1]`.

export interface Groups {
  /** Length customers + 1. */
  start: Uint32Array;
  /** Row numbers, customer by customer. */
  order: Uint32Array;
}

export function groupByCustomer(customerOfRow: Int32Array, rows: number, customers: number): Groups {
  const start = new Uint32Array(customers + 1);
  for (let r = 0; r < rows; r++) start[customerOfRow[r]! + 1]!++;
  for (let c = 0; c < customers; c++) start[c + 1]! += start[c]!;
  const next = start.slice(0, customers);
  const order = new Uint32Array(rows);
  for (let r = 0; r < rows; r++) order[next[customerOfRow[r]!]!++] = r;
  return { start, order };
}
