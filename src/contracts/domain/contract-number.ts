/**
 * Contract numbers: `<census code>-<sequence, six digits>` (`xk-2023-000123`), upper-cased
 * where a bank reference carries them. The sequence is per census and has no gaps (the
 * repository takes it from a counter row locked by the creating transaction).
 */
export function contractNumber(censusCode: string, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`not a contract sequence: ${seq}`);
  return `${censusCode}-${String(seq).padStart(6, '0')}`;
}
