package org.meridian.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MediaRepository {

    /**
     * Articles that show an image: as hero, or by its address in the text, live or in pending changes. SQL on the
     * article table, so the media library needs nothing of the article code.
     */
    private static final String USES = """
            select id, title from article
            where hero_media_id = ?1 or body_html like ?2 or draft_content like ?2 or draft_content like ?3
            order by title""";

    @PersistenceContext
    private EntityManager entityManager;

    public List<MediaAsset> findAll() {
        return entityManager.createNamedQuery(MediaAsset.ALL, MediaAsset.class).getResultList();
    }

    public Optional<MediaAsset> findById(long id) {
        return Optional.ofNullable(entityManager.find(MediaAsset.class, id));
    }

    public Optional<MediaVariant> findVariant(long assetId, int width) {
        return entityManager
                .createNamedQuery(MediaVariant.BY_ASSET_AND_WIDTH, MediaVariant.class)
                .setParameter("assetId", assetId)
                .setParameter("width", width)
                .getResultStream()
                .findFirst();
    }

    public List<MediaUse> findUses(long assetId) {
        List<?> rows = entityManager
                .createNativeQuery(USES)
                .setParameter(1, assetId)
                .setParameter(2, "%/media/" + assetId + "-%")
                .setParameter(3, "%\"heroImageId\":" + assetId + ",%")
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new MediaUse(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }

    public void save(MediaAsset asset) {
        entityManager.persist(asset);
    }

    public void save(MediaVariant variant) {
        entityManager.persist(variant);
    }

    public void removeVariants(MediaAsset asset) {
        entityManager
                .createNamedQuery(MediaVariant.DELETE_OF_ASSET)
                .setParameter("asset", asset)
                .executeUpdate();
    }

    public void remove(MediaAsset asset) {
        removeVariants(asset);
        entityManager.remove(asset);
    }

    public void flush() {
        entityManager.flush();
    }
}
