package org.meridian.system;

import java.util.List;

/**
 * One page of a longer list, as the database returned it.
 *
 * @param number the page's number, from 1
 */
public record Page<T>(List<T> items, int number, int size, long totalCount) {

    public Page {
        if (number < 1 || size < 1 || totalCount < 0) {
            throw new IllegalArgumentException("Not a valid page: " + number + " of size " + size);
        }
        items = List.copyOf(items);
    }

    /** The first row of page {@code number} of pages of {@code size} rows. */
    public static int firstRow(int number, int size) {
        return Math.multiplyExact(number - 1, size);
    }

    public int getTotalPages() {
        return (int) Math.max(1, (totalCount + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < getTotalPages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    // Accessors in bean style too, so Faces EL reads them as properties.
    public List<T> getItems() {
        return items;
    }

    public int getNumber() {
        return number;
    }

    public long getTotalCount() {
        return totalCount;
    }
}
