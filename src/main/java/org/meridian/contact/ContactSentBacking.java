package org.meridian.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridian.system.HttpErrors;
import org.omnifaces.cdi.Param;

/**
 * The confirmation after a request was sent, {@code /contact/sent?ref=...}. It shows the reference from the address
 * and reads nothing from the database, so the page reveals nothing to whoever opens it.
 */
@Named
@RequestScoped
public class ContactSentBacking {

    @Inject
    @Param(name = "ref")
    private String reference;

    public void load() {
        if (!References.isValid(reference)) {
            HttpErrors.notFound();
        }
    }

    public String getReference() {
        return reference;
    }
}
