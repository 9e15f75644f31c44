package org.meridian.support;

import java.net.URI;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test that talks to the site over HTTP, as a browser or a client does, has in common: the real
 * WAR runs in a Payara Micro that the test classes share ({@link SharedServer}), and {@link #base} is the site's
 * address. So each test makes its own data and puts back what it changes that others see. Tests that run inside the
 * server deploy their own classes with the WAR through Arquillian instead.
 */
@ExtendWith(SharedServer.class)
public abstract class DeployedWarTest {

    /** The site's address, ending in "/". */
    protected URI base;
}
