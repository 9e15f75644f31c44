package org.meridian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Base64;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.article.ArticleEditService;
import org.meridian.backup.BackupService;
import org.meridian.media.MediaService;
import org.meridian.security.AccessDeniedException;
import org.meridian.security.StaffRole;
import org.meridian.security.StaffUserService;
import org.meridian.support.FreshDatabase;
import org.meridian.support.MeridianDeployment;
import org.meridian.system.MeridianDataSource;
import org.meridian.wordpress.WordPressImportService;

/**
 * Runs inside the real WAR on Payara Micro, as code of the application: what is stored for a password, and that the
 * services refuse callers without a role (the in-container test runner calls them anonymously).
 */
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
class SecurityServicesIT {

    @Inject
    private StaffUserService staffUserService;

    @Inject
    private ArticleEditService articleEditService;

    @Inject
    private MediaService mediaService;

    @Inject
    private WordPressImportService wordPressImportService;

    @Inject
    private BackupService backupService;

    @Deployment
    static WebArchive deployment() {
        return MeridianDeployment.war().addClasses(SecurityServicesIT.class, FreshDatabase.class);
    }

    @Test
    void passwordsAreStoredAsPbkdf2Sha256HashesWith600000Iterations() throws Exception {
        var dataSource = (DataSource) new InitialContext().lookup(MeridianDataSource.JNDI_NAME);
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select password_hash from staff_user where username = ?")) {
            statement.setString(1, "admin");
            try (var row = statement.executeQuery()) {
                assertTrue(row.next(), "the first admin exists");
                var parts = row.getString(1).split(":");
                assertEquals(4, parts.length, "algorithm:iterations:salt:hash");
                assertEquals("PBKDF2WithHmacSHA256", parts[0]);
                assertEquals(600_000, Integer.parseInt(parts[1]));
                assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
                assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "key bytes");
            }
        }
    }

    @Test
    void servicesMarkedRolesAllowedRefuseAnonymousCallers() {
        assertThrows(AccessDeniedException.class, () -> staffUserService.all());
        assertThrows(AccessDeniedException.class, () -> staffUserService.create("intruder", "Intruder", null,
                StaffRole.ADMIN, "Heron-gravel-plum-walk-78"));
        assertThrows(AccessDeniedException.class, () -> staffUserService.changeOwnPassword("a", "b"));
        assertThrows(AccessDeniedException.class, () -> articleEditService.publish(1, 0));
        assertThrows(AccessDeniedException.class, () -> articleEditService.delete(1, 0));
        assertThrows(AccessDeniedException.class, () -> articleEditService.preview(1));
        assertThrows(AccessDeniedException.class, () -> mediaService.upload("x.png", new byte[] {1}, "x", false));
        assertThrows(AccessDeniedException.class, () -> wordPressImportService.preview(new byte[] {1}, null));
        assertThrows(AccessDeniedException.class, () -> wordPressImportService.importAll(new byte[] {1}, null));
        assertThrows(AccessDeniedException.class, () -> articleEditService.saveImported(null, null));
        assertThrows(AccessDeniedException.class, () -> backupService.export(true, OutputStream.nullOutputStream()));
        assertThrows(AccessDeniedException.class, () -> backupService.restore(Path.of("backup.zip")));
    }
}
