/**
 * Every numeric mention in the seeds, accounted for: {@link figures.audit.MentionScanner} finds them,
 * a mention is captured by a raw row or waived by a rule of {@code data/audit-waivers.csv}
 * ({@link figures.audit.WaiverReader}), or left unaccounted ({@link figures.audit.Audit}). Also
 * {@link figures.audit.Extract}: draft raw rows for a new text. Reads no file: callers pass the seeds,
 * datasets and rules.
 *
 * <p>Uses: {@code project}, {@code source}, {@code parse}, {@code dataset}. Start at
 * {@link figures.audit.Audit}.
 */
package figures.audit;
