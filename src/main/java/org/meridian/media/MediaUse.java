package org.meridian.media;

import java.io.Serializable;

/** An article that shows a media image, as its hero or in its text (live or in its pending changes). */
public record MediaUse(long articleId, String title) implements Serializable {}
