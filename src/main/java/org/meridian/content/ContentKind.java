package org.meridian.content;

/** What kind of public content changed; tells listeners how much to refresh. */
public enum ContentKind {
    ARTICLE,
    CONDITION,
    CLINIC,
    /** Anything may have changed: a backup was restored. */
    ALL
}
