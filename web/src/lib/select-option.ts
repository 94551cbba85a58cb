/** One choice of a select field; `lang` marks a label in another language (e.g. a country's own name). */
export type SelectOption = { value: string; label: string; lang?: string };
export type SelectOptionGroup = { label: string; options: SelectOption[] };
