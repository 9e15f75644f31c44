package org.meridian.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's flags. HttpOnly always; Secure when the site is served over HTTPS ({@code meridian.https}),
 * which web.xml cannot say because it depends on the operator's setting. The cookie can only be configured while
 * the application starts, which is when this runs. SameSite=Lax comes from Payara's HTTP listener
 * (server-config/pre-boot-commands.asadmin): Payara ignores it when set here or in web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var https = ConfigProvider.getConfig()
                .getOptionalValue(WebSettings.HTTPS, Boolean.class)
                .orElse(false);
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(https);
    }
}
