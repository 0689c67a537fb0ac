/** Site-wide facts that are not content: when the data was last reviewed by an editor. */

/** Date an editor last reviewed the whole dataset against its sources (YYYY-MM-DD). Update on each review. */
export const reviewedOn = '2026-12-01';
