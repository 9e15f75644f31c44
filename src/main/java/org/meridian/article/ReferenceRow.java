package org.meridian.article;

import java.io.Serializable;

/** One reference as the editor form holds it while it is typed: not checked until the article is saved. */
public class ReferenceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String location;

    public ReferenceRow() {}

    ReferenceRow(String title, String location) {
        this.title = title;
        this.location = location;
    }

    boolean isEmpty() {
        return (title == null || title.isBlank()) && (location == null || location.isBlank());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** A web address or a DOI. */
    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}
