/** The name of a district's exported configuration: its hall's code and the day of the export. */
export function configurationFileName(hallCode: string, day: string): string {
  return `onestop-${hallCode.replace(/[^A-Za-z0-9_-]+/g, '_')}-configuration-${day}.json`;
}
