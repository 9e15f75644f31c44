package org.meridian.wordpress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class WordPressLinkRepository {

    @PersistenceContext
    private EntityManager entityManager;

    Optional<WordPressLink> find(WordPressLink.Kind kind, String guid) {
        return entityManager
                .createNamedQuery(WordPressLink.BY_GUID, WordPressLink.class)
                .setParameter("kind", kind)
                .setParameter("guid", guid)
                .getResultStream()
                .findFirst();
    }

    void save(WordPressLink link) {
        entityManager.persist(link);
    }
}
