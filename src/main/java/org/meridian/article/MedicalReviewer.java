package org.meridian.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** The licensed practitioner who checked an article's medical content, shown as "Medically reviewed by". */
@Embeddable
public class MedicalReviewer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name")
    private String name;

    @Column(name = "credentials")
    private String credentials;

    protected MedicalReviewer() {}

    public MedicalReviewer(String name, String credentials) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A medical reviewer needs a name");
        }
        this.name = name.strip();
        this.credentials = credentials == null || credentials.isBlank() ? null : credentials.strip();
    }

    public String getName() {
        return name;
    }

    public String getCredentials() {
        return credentials;
    }

    /** "Dr. Mei Lin, L.Ac., DAOM", or just the name when no credentials are given. */
    public String getDisplayName() {
        return credentials == null ? name : name + ", " + credentials;
    }
}
