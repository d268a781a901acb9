/** Orders counter labels as people read them: "2" before "10", "A2" before "A10". */
export function compareLabels(left: string, right: string): number {
  return left.localeCompare(right, 'en', { numeric: true, sensitivity: 'base' });
}
