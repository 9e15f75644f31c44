package org.meridian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.meridian.contact.ContactRequest;
import org.meridian.contact.ContactRequestRepository;
import org.meridian.contact.MailOutbox;
import org.meridian.content.ContentChangeFeed;
import org.meridian.search.IndexReads;

/**
 * Every application-scoped bean of the application, read from the compiled classes: each public method that writes
 * (is {@code @Transactional}) or hands out patient requests ({@link ContactRequest} in its signature) must name the
 * roles that may call it, unless it is one of the few entry points below that run for anonymous visitors or for the
 * system itself, or belongs to a bean below the services, each with the reason. The role check itself is
 * {@link RolesAllowedInterceptor}; SecurityServicesIT calls a representative set in the running server.
 */
class ServiceAccessControlTest {

    private static final Path CLASSES = Path.of("target", "classes");

    /** Methods reached without a signed-in member of staff, on purpose. */
    private static final Map<String, String> OPEN_ON_PURPOSE = Map.of(
            "ContactService.submit", "patients send the contact form anonymously",
            "ContactService.purgeReceivedBefore", "the retention job deletes old requests as the system",
            "StaffUserService.checkPassword", "signing in is what an anonymous caller does",
            "StaffUserService.signedIn", "records the sign-in that an anonymous caller has just completed",
            "TwoFactorService.verifySignIn", "the second step of signing in, before the caller has any role",
            "AuditLog.record", "called inside the guarded services, and by sign-in for failed sign-ins",
            "AuditLog.recordAs", "sign-in and the schedulers write as 'anonymous' or 'system'");

    /**
     * Beans below the services, whose callers check the role: their methods are not entry points. Each reason says
     * why reaching them directly gives nothing away.
     */
    private static final Map<Class<?>, String> BELOW_THE_SERVICES = Map.of(
            ContactRequestRepository.class,
                    "only ContactService uses it (see onlyContactServiceReachesTheRequestTable)",
            MailOutbox.class, "holds request ids, references and SMTP errors, nothing a patient wrote",
            ContentChangeFeed.class, "records which public content changed, for the caches of every instance",
            IndexReads.class, "reads only published articles and conditions, which anyone may read");

    @Test
    void everyWriteAndEveryReadOfPatientRequestsNamesItsRoles() {
        var unguarded = guardedCandidates()
                .filter(method -> roles(method) == null)
                .map(ServiceAccessControlTest::name)
                .filter(name -> !OPEN_ON_PURPOSE.containsKey(name))
                .distinct()
                .sorted()
                .toList();
        assertEquals(List.of(), unguarded, "service methods that write or read patient requests without @RolesAllowed");
    }

    @Test
    void theOpenEntryPointsStillExist() {
        var names = guardedCandidates().map(ServiceAccessControlTest::name).toList();
        var stale = OPEN_ON_PURPOSE.keySet().stream()
                .filter(name -> !names.contains(name))
                .sorted()
                .toList();
        assertEquals(List.of(), stale, "exceptions that name no method any more: remove them");
    }

    @Test
    void patientRequestsAndStaffAccountsAreForAdministratorsOnly() {
        var tooOpen = guardedCandidates()
                .filter(method -> method.getDeclaringClass().getSimpleName().equals("StaffUserService")
                        || mentionsPatientRequests(method))
                .filter(method -> roles(method) != null)
                .filter(method -> !List.of(roles(method).value()).equals(List.of(StaffRole.ADMIN_NAME)))
                .map(ServiceAccessControlTest::name)
                .filter(name -> !name.equals("StaffUserService.changeOwnPassword"))
                .toList();
        assertEquals(List.of(), tooOpen, "methods open to editors that should need ADMIN");
    }

    @Test
    void onlyContactServiceReachesTheRequestTable() {
        var users = applicationClasses()
                .filter(type -> Arrays.stream(type.getDeclaredFields())
                        .anyMatch(field -> field.getType().equals(ContactRequestRepository.class)))
                .map(Class::getSimpleName)
                .toList();
        assertEquals(List.of("ContactService"), users, "classes holding a ContactRequestRepository");
    }

    @Test
    void theScanFindsTheServices() {
        var classes = guardedCandidates()
                .map(method -> method.getDeclaringClass().getSimpleName())
                .distinct()
                .toList();
        assertTrue(
                classes.containsAll(List.of(
                        "ContactService",
                        "StaffUserService",
                        "ArticleEditService",
                        "MediaService",
                        "ConditionService",
                        "ClinicService")),
                "found " + classes);
    }

    /** Public methods of application-scoped beans that write or touch patient requests. */
    private static Stream<Method> guardedCandidates() {
        return applicationClasses()
                .filter(type -> type.isAnnotationPresent(ApplicationScoped.class))
                .filter(type -> !BELOW_THE_SERVICES.containsKey(type))
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method ->
                        Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge())
                .filter(method -> transactional(method) || mentionsPatientRequests(method));
    }

    private static boolean transactional(Method method) {
        return method.isAnnotationPresent(Transactional.class)
                || method.getDeclaringClass().isAnnotationPresent(Transactional.class);
    }

    private static boolean mentionsPatientRequests(Method method) {
        var signature = method.toGenericString();
        return signature.contains(ContactRequest.class.getName() + ">")
                || signature.contains(ContactRequest.class.getName() + " ")
                || Arrays.asList(method.getParameterTypes()).contains(ContactRequest.class);
    }

    private static RolesAllowed roles(Method method) {
        var roles = method.getAnnotation(RolesAllowed.class);
        return roles != null ? roles : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private static Stream<Class<?>> applicationClasses() {
        try (var files = Files.walk(CLASSES.resolve("org/meridian"))) {
            return files
                    .map(CLASSES::relativize)
                    .map(Path::toString)
                    .filter(file -> file.endsWith(".class") && !file.contains("$"))
                    .map(file ->
                            file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                    .map(ServiceAccessControlTest::load)
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ServiceAccessControlTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
