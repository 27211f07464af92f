// A day as YYYY-MM-DD in the visitor's own time zone: the date a citation was accessed, a saved picture's file name.

/** `date`'s calendar day where the visitor is (not UTC: a Beijing evening is already the next day there). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
