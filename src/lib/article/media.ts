/**
 * Turns a running time written as "m:ss" (or "h:mm:ss") into an ISO 8601
 * duration for `<time datetime>`, e.g. "0:39" → "PT0M39S".
 */
export function runningTimeToIso(runningTime: string): string {
  const parts = runningTime.split(':').map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !Number.isInteger(part) || part < 0)) {
    throw new Error(`"${runningTime}" is not a running time like 0:39 or 1:02:03.`);
  }
  const [seconds = 0, minutes = 0, hours = 0] = parts.reverse();
  return `PT${hours ? `${hours}H` : ''}${minutes}M${seconds}S`;
}

/** Reads a running time aloud: "0:39" → "39 seconds", "2:05" → "2 minutes 5 seconds". */
export function describeRunningTime(runningTime: string): string {
  const [seconds = 0, minutes = 0, hours = 0] = runningTime.split(':').map(Number).reverse();
  const unit = (count: number, word: string) => (count ? `${count} ${word}${count === 1 ? '' : 's'}` : '');
  return [unit(hours, 'hour'), unit(minutes, 'minute'), unit(seconds, 'second')].filter(Boolean).join(' ') || '0 seconds';
}
