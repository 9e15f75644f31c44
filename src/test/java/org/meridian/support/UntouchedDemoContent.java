package org.meridian.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link DeployedWarTest} that reads the demo content exactly as it is loaded (the library's articles and
 * counts, search results, the sitemap's dates): it runs on a shared server of its own (see {@link SharedServer}) where
 * no test publishes, edits or deletes anything the public pages show. A class marked so must not change it either.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UntouchedDemoContent {}
