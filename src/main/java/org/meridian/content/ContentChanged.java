package org.meridian.content;

/**
 * Some public content changed: an article, a condition or the clinic's facts. Fired (CDI event) once the change is
 * committed, on the instance that made it and, through the {@link ContentChangeFeed}, on every other instance.
 * Observers refresh what they derived from the content: rendered pages, the search index.
 *
 * @param kind     what changed
 * @param entityId the id of what changed
 */
public record ContentChanged(ContentKind kind, long entityId) {}
