package org.meridian.article;

import java.io.Serializable;
import java.time.Instant;

/** A revision as the revision list shows it, without its content. */
public record RevisionSummary(int number, Instant savedAt, String savedBy, String note) implements Serializable {}
