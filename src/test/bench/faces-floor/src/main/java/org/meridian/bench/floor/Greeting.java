package org.meridian.bench.floor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The one bean of the floor WAR: Faces needs CDI, and a page that reads a bean starts both. */
@Named
@RequestScoped
public class Greeting {

    public String getText() {
        return "Hello from Faces and PrimeFaces";
    }
}
