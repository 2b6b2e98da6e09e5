/** The date retention goes by: when the story's newest version was published, else when it was imported. */
export function storyDate(published: string | undefined, importedAt: number): string {
  const time = published === undefined ? NaN : Date.parse(published);
  // Normalised to UTC ISO so dates with offsets compare as strings (retention sorts stories by them).
  return new Date(Number.isNaN(time) ? importedAt : time).toISOString();
}
