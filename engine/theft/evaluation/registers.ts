// The frozen readings (日冻结) a tampered meter shows: its registers advance by the energy it
// reports, not the energy used. Injected attacks enter a workspace as readings, like the rest
// of its daily data, so that daily consumption and the curves tell the same story.

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Readings at 00:00 of each day from the first tampered one: `start` holds that day's
 * registers (kept: the meter was honest until then), `energy[d * registers + r]` the kWh
 * register r reports on day d. Register values are kWh over the multiplier, shown with two
 * decimals like the meter's display. Returns the readings, day-major like `energy`.
 */
export function tamperedReadings(start: ArrayLike<number>, energy: Float64Array, registers: number, multiplier: number): Float64Array {
  const days = energy.length / registers;
  const out = new Float64Array(energy.length);
  for (let r = 0; r < registers; r++) {
    let register = start[r]!;
    for (let d = 0; d < days; d++) {
      out[d * registers + r] = round2(register);
      register += energy[d * registers + r]! / multiplier;
    }
  }
  return out;
}
