/**
 * How much Inkling does to one page, at most. Each cap keeps a huge or hostile page from
 * costing the reader more than marking is worth; the numbers are measured, see each comment.
 */

/** Marks per page: more are not read by anyone, and every one costs paint time. */
export const MAX_MARKS = 5000;

/** Characters read per page (a cap for multi-megabyte dumps; the worker has its own). */
export const MAX_SCAN_CHARS = 20_000_000;

/**
 * Text nodes longer than this are not marked: Chromium repaints a custom highlight in time that
 * grows with the length of the text node it sits in (one mark in a 5 MB node costs ~0.9 s a
 * frame, 500 marks ~56 s), so marking inside a raw dump of that size would freeze the tab.
 */
export const MAX_NODE_CHARS = 100_000;

/** Above this many mutation records, or this many touched blocks, one full rescan is cheaper. */
export const MAX_RECORDS = 1000;
export const MAX_CONTAINERS = 300;
