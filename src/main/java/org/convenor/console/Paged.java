package org.convenor.console;

import java.util.List;

/**
 * One page of a long list: a page shows a few hundred rows, never ten thousand.
 *
 * @param number this page, from 1
 * @param from the first row's place in the whole list, from 1 (0 when the list is empty)
 */
public record Paged<T>(List<T> rows, int number, int pages, int total, int from, int to) {

    public static <T> Paged<T> of(List<T> all, int asked, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int number = Math.min(Math.max(asked, 1), pages);
        int from = (number - 1) * size;
        int to = Math.min(from + size, all.size());
        return new Paged<>(all.subList(from, to), number, pages, all.size(), all.isEmpty() ? 0 : from + 1, to);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }
}
