/**
 * The entity categories, apart from the schema so the content script (which only needs these
 * names) does not bundle the schema library.
 */
export const Categories = [
  'person',
  'organisation',
  'place',
  'programme',
  'project',
  'event',
] as const;

export type Category = (typeof Categories)[number];
