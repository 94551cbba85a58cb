/** Completed years of life on `date`; both are ISO dates (YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  // MM-DD compares correctly as a string; before the birthday the year is not complete.
  return date.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}
