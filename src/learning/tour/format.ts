/** A duration for people, in the largest whole unit: "1 hour", "2 hours", "30 days", "1년". */
export function formatDuration(seconds: number, language: string): string {
  const units: [Intl.NumberFormatOptions['unit'], number][] = [
    ['year', 365 * 86400],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ]
  const abs = Math.abs(seconds)
  const [unit, size] = units.find(([, size]) => abs >= size && abs % size === 0) ??
    units.find(([, size]) => abs >= size) ?? ['second', 1]
  const value = Math.round((seconds / size) * 10) / 10
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value)
}
